import type { Metadata } from "next";
import Link from "next/link";

// The root layout's title template does not apply to a page in its own segment, so spell it out.
export const metadata: Metadata = { title: { absolute: "Send text messages and emails to the public – Notify" } };

export default function HomePage() {
  return (
    <div className="grid-container">
      <div className="grid-row grid-gap margin-y-5">
        <div className="tablet:grid-col-8">
          <h1>Send text messages and emails to the public</h1>
          <p className="usa-intro">
            Notify lets government agencies tell people what they need to know, when they need to know it: appointment reminders,
            status updates, renewal notices and sign-in codes.
          </p>
          <h2>What you can do with Notify</h2>
          <ul className="usa-list">
            <li>Write text message and email templates with personal details, like names and appointment times.</li>
            <li>Send one message, or upload a spreadsheet to send to thousands of people at once.</li>
            <li>Connect your own systems with an API that works with the Notify client libraries you already use.</li>
            <li>See which messages were delivered.</li>
          </ul>
          <p>Notify is for people who work for a government agency. You need an account to use it.</p>
          <ul className="usa-button-group margin-top-3">
            <li className="usa-button-group__item">
              <Link className="usa-button" href="/sign-in">
                Sign in
              </Link>
            </li>
            <li className="usa-button-group__item">
              <Link className="usa-button usa-button--outline" href="/register">
                Create an account
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
