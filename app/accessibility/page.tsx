import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <div className="grid-container margin-y-4">
      <div className="usa-prose">
        <h1>Accessibility statement</h1>
        <p>
          Notify is built to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA and Section 508. Every page works
          with a keyboard alone, has a skip link, labelled form fields, and error messages that say what to fix.
        </p>
        <h2>How we test</h2>
        <p>
          Automated accessibility checks (axe) run against every page in our browser tests on every change. We also test the main
          journeys with screen readers before each release.
        </p>
        <h2>Reporting a problem</h2>
        <p>If something on Notify is hard to use, tell the Notify team through your agency’s support contact and we will fix it.</p>
      </div>
    </div>
  );
}
