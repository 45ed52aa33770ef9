import { JSDOM } from "jsdom";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Alert } from "./alert";
import { BackLink } from "./back-link";
import { Button } from "./button";
import { ErrorSummary } from "./error-summary";
import { FormErrorSummary } from "./form-error-summary";
import { RequiredFieldsNote } from "./required-fields-note";

function render(element: ReactElement): Document {
  return new JSDOM(renderToStaticMarkup(element)).window.document;
}

describe("ErrorSummary", () => {
  it("is an alert titled 'There is a problem' that can take focus, with one link per error", () => {
    const doc = render(
      <ErrorSummary
        errors={[
          { fieldId: "name", message: "Enter your name" },
          { fieldId: "email", message: "Enter an email address in the correct format, like name@example.com" },
        ]}
      />,
    );
    const box = doc.querySelector("[role=alert]")!;
    expect(box.getAttribute("tabindex")).toBe("-1");
    expect(box.classList.contains("usa-alert--error")).toBe(true);
    expect(box.getAttribute("aria-labelledby")).toBe("error-summary-title");
    expect(doc.getElementById("error-summary-title")?.tagName).toBe("H2");
    expect(doc.getElementById("error-summary-title")?.textContent).toBe("There is a problem");
    const links = Array.from(box.querySelectorAll("a")).map((a) => [a.getAttribute("href"), a.textContent]);
    expect(links).toEqual([
      ["#name", "Enter your name"],
      ["#email", "Enter an email address in the correct format, like name@example.com"],
    ]);
  });

  it("shows a form-level problem above the links", () => {
    const doc = render(<ErrorSummary errors={[]} description="This service name is already in use" />);
    expect(doc.querySelector("[role=alert] p")?.textContent).toBe("This service name is already in use");
    expect(doc.querySelectorAll("a")).toHaveLength(0);
  });

  it("renders nothing when there are no errors", () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={[]} />)).toBe("");
  });
});

describe("FormErrorSummary", () => {
  it("lists a failed FormState's errors in form order, with the same words as the inline errors", () => {
    const state = { ok: false as const, fieldErrors: { email: "Enter an email address", name: "Enter your name" }, formError: "Check your details" };
    const doc = render(<FormErrorSummary state={state} fieldOrder={["name", "email"]} />);
    expect(Array.from(doc.querySelectorAll("a")).map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      ["#name", "Enter your name"],
      ["#email", "Enter an email address"],
    ]);
    expect(doc.querySelector("p")?.textContent).toBe("Check your details");
  });

  it("renders nothing for a successful or untouched form", () => {
    expect(renderToStaticMarkup(<FormErrorSummary state={{ ok: true }} fieldOrder={["name"]} />)).toBe("");
    expect(renderToStaticMarkup(<FormErrorSummary state={{ ok: false, fieldErrors: {} }} fieldOrder={["name"]} />)).toBe("");
  });
});

describe("Alert", () => {
  it("gives a success banner a status role and a focusable heading", () => {
    const doc = render(<Alert type="success" heading="Template saved" />);
    const alert = doc.querySelector(".usa-alert")!;
    expect(alert.className).toBe("usa-alert usa-alert--success");
    expect(alert.getAttribute("role")).toBe("status");
    expect(doc.querySelector("h2.usa-alert__heading")?.getAttribute("tabindex")).toBe("-1");
  });

  it("announces errors, and leaves info and warning headings out of the tab order", () => {
    expect(render(<Alert type="error" heading="Sending failed" />).querySelector(".usa-alert")?.getAttribute("role")).toBe("alert");
    for (const type of ["info", "warning"] as const) {
      const doc = render(
        <Alert type={type} heading="Heads up" headingLevel={3} isSlim>
          <p>Body</p>
        </Alert>,
      );
      expect(doc.querySelector(".usa-alert")?.className).toBe(`usa-alert usa-alert--${type} usa-alert--slim`);
      expect(doc.querySelector(".usa-alert")?.hasAttribute("role")).toBe(false);
      expect(doc.querySelector("h3")?.hasAttribute("tabindex")).toBe(false);
      expect(doc.querySelector(".usa-alert__text p")?.textContent).toBe("Body");
    }
  });
});

describe("Alert for a whole page, or with spacing", () => {
  it("can carry the page's h1, still announced as an alert, with the text after it", () => {
    const doc = render(
      <Alert type="error" heading="There’s a problem with rows.csv" headingLevel={1}>
        You need to fix 2 phone numbers.
      </Alert>,
    );
    const alert = doc.querySelector(".usa-alert")!;
    expect(alert.getAttribute("role")).toBe("alert");
    expect(doc.querySelector("h1.usa-alert__heading")?.textContent).toBe("There’s a problem with rows.csv");
    expect(doc.querySelector("h1")?.hasAttribute("tabindex")).toBe(false);
    expect(doc.querySelector(".usa-alert__heading + .usa-alert__text")?.textContent).toBe("You need to fix 2 phone numbers.");
  });

  it("adds extra classes to the box, and a slim alert can have text and no heading", () => {
    const doc = render(
      <Alert type="info" isSlim className="margin-bottom-2">
        Your service is in trial mode.
      </Alert>,
    );
    expect(doc.querySelector(".usa-alert")?.className).toBe("usa-alert usa-alert--info usa-alert--slim margin-bottom-2");
    expect(doc.querySelector(".usa-alert__heading")).toBeNull();
    expect(doc.querySelector(".usa-alert__body")?.innerHTML).toBe('<div class="usa-alert__text">Your service is in trial mode.</div>');
  });
});

describe("Button", () => {
  it("submits by default and maps variants to USWDS classes", () => {
    const doc = render(<Button>Save</Button>);
    expect(doc.querySelector("button")?.getAttribute("type")).toBe("submit");
    expect(doc.querySelector("button")?.className).toBe("usa-button");
    expect(doc.querySelector("button")?.hasAttribute("disabled")).toBe(false);
    expect(render(<Button variant="secondary">x</Button>).querySelector("button")?.className).toBe("usa-button usa-button--secondary");
    expect(render(<Button variant="outline">x</Button>).querySelector("button")?.className).toBe("usa-button usa-button--outline");
    expect(render(<Button variant="danger">Delete</Button>).querySelector("button")?.className).toBe("usa-button usa-button--secondary");
    const button = render(<Button type="button" name="intent" value="preview">Preview</Button>).querySelector("button")!;
    expect([button.getAttribute("type"), button.getAttribute("name"), button.getAttribute("value"), button.textContent]).toEqual(["button", "intent", "preview", "Preview"]);
  });
});

describe("BackLink and RequiredFieldsNote", () => {
  it("BackLink is a real link with a hidden arrow", () => {
    const link = render(<BackLink href="/services" />).querySelector("a")!;
    expect(link.getAttribute("href")).toBe("/services");
    expect(link.textContent).toBe("‹ Back");
    expect(link.querySelector("[aria-hidden=true]")?.textContent).toBe("‹ ");
  });

  it("RequiredFieldsNote explains the red asterisk", () => {
    const note = render(<RequiredFieldsNote />).querySelector("p")!;
    expect(note.textContent).toBe("A red asterisk (*) indicates a required field.");
    expect(note.querySelector("abbr")?.className).toBe("usa-hint usa-hint--required");
  });
});
