import { JSDOM } from "jsdom";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FileInput } from "./file-input";
import { Select } from "./select";
import { TextInput } from "./text-input";
import { Textarea } from "./textarea";

function render(element: ReactElement): Document {
  return new JSDOM(renderToStaticMarkup(element)).window.document;
}

/** The form group's children as "tag#id", to check USWDS order: label, hint, error, control. */
function childOrder(doc: Document): string[] {
  return Array.from(doc.querySelector(".usa-form-group")!.children).map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ""));
}

describe("TextInput", () => {
  it("labels the input, defaults its name to the id and marks it required", () => {
    const doc = render(<TextInput id="email" label="Email address" required type="email" autoComplete="email" />);
    const input = doc.querySelector("input")!;
    expect(doc.querySelector("label")?.getAttribute("for")).toBe("email");
    expect(doc.querySelector("label")?.className).toBe("usa-label");
    expect(input.id).toBe("email");
    expect(input.getAttribute("name")).toBe("email");
    expect(input.getAttribute("type")).toBe("email");
    expect(input.getAttribute("autocomplete")).toBe("email");
    expect(input.className).toBe("usa-input");
    expect(input.hasAttribute("required")).toBe(true);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(doc.querySelector(".usa-form-group")?.className).toBe("usa-form-group");
    const asterisk = doc.querySelector("label abbr")!;
    expect(asterisk.getAttribute("title")).toBe("required");
    expect(asterisk.className).toBe("usa-hint usa-hint--required");
    expect(asterisk.textContent).toBe("*");
    expect(doc.querySelector("label")?.textContent).not.toContain("optional");
  });

  it("says (optional) on optional fields and has no required attribute", () => {
    const doc = render(<TextInput id="ref" label="Reference" />);
    expect(doc.querySelector("label")?.textContent).toBe("Reference (optional)");
    expect(doc.querySelector("abbr")).toBeNull();
    expect(doc.querySelector("input")?.hasAttribute("required")).toBe(false);
  });

  it("takes a separate name, type, inputMode, default value and width", () => {
    const doc = render(<TextInput id="mobile-number" name="mobileNumber" label="Mobile number" type="tel" inputMode="tel" autoComplete="tel" defaultValue="202-555-0123" width="md" />);
    const input = doc.querySelector("input")!;
    expect(input.getAttribute("name")).toBe("mobileNumber");
    expect(input.getAttribute("inputmode")).toBe("tel");
    expect(input.getAttribute("value")).toBe("202-555-0123");
    expect(input.className).toBe("usa-input usa-input--md");
  });

  it("points aria-describedby at the hint only when there is no error", () => {
    const doc = render(<TextInput id="name" label="Name" hint="As it appears on your ID" />);
    expect(doc.getElementById("name-hint")?.className).toBe("usa-hint");
    expect(doc.querySelector("input")?.getAttribute("aria-describedby")).toBe("name-hint");
    expect(doc.getElementById("name-error")).toBeNull();
    expect(childOrder(doc)).toEqual(["label", "div#name-hint", "input#name"]);
  });

  it("points aria-describedby at the error only when there is no hint", () => {
    const doc = render(<TextInput id="name" label="Name" error="Enter your name" required />);
    expect(doc.querySelector("input")?.getAttribute("aria-describedby")).toBe("name-error");
    expect(childOrder(doc)).toEqual(["label", "span#name-error", "input#name"]);
  });

  it("wires hint and error in USWDS order with aria-describedby, aria-invalid and error classes", () => {
    const doc = render(<TextInput id="phone" label="Mobile number" hint="For example, 202-555-0123" error="Enter a phone number" required />);
    expect(doc.querySelector(".usa-form-group")?.className).toBe("usa-form-group usa-form-group--error");
    expect(doc.querySelector("label")?.className).toBe("usa-label usa-label--error");
    expect(childOrder(doc)).toEqual(["label", "div#phone-hint", "span#phone-error", "input#phone"]);
    const input = doc.querySelector("input")!;
    expect(input.getAttribute("aria-describedby")).toBe("phone-hint phone-error");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.className).toBe("usa-input usa-input--error");
    const error = doc.getElementById("phone-error")!;
    expect(error.className).toBe("usa-error-message");
    expect(error.textContent).toBe("Error: Enter a phone number");
    expect(error.querySelector(".usa-sr-only")?.textContent).toBe("Error: ");
  });
});

describe("Textarea, Select and FileInput", () => {
  const cases = [
    { name: "Textarea", element: <Textarea id="f" label="Message" hint="h" error="Enter a message" required defaultValue="Hello" />, tag: "textarea", control: "usa-textarea" },
    {
      name: "Select",
      element: <Select id="f" label="Type" hint="h" error="Select a type" required placeholderOption="- Select -" options={[{ value: "sms", label: "Text message" }]} defaultValue="sms" />,
      tag: "select",
      control: "usa-select",
    },
    { name: "FileInput", element: <FileInput id="f" label="File" hint="h" error="Upload a file" accept=".csv" required />, tag: "input", control: "usa-file-input" },
  ];

  for (const { name, element, tag, control } of cases) {
    it(`${name} shares the field wiring`, () => {
      const doc = render(element);
      const field = doc.getElementById("f")!;
      expect(field.tagName.toLowerCase()).toBe(tag);
      expect(field.getAttribute("name")).toBe("f");
      expect(field.className).toBe(`${control} usa-input--error`);
      expect(doc.querySelector("label")?.getAttribute("for")).toBe("f");
      expect(doc.querySelector("label")?.className).toBe("usa-label usa-label--error");
      expect(field.getAttribute("aria-describedby")).toBe("f-hint f-error");
      expect(field.getAttribute("aria-invalid")).toBe("true");
      expect(field.hasAttribute("required")).toBe(true);
      expect(childOrder(doc)).toEqual(["label", "div#f-hint", "span#f-error", `${tag}#f`]);
    });
  }

  it("Select renders the empty first option and selects the default", () => {
    const doc = render(<Select id="t" label="Type" placeholderOption="- Select -" options={[{ value: "sms", label: "Text message" }, { value: "email", label: "Email" }]} defaultValue="email" />);
    const options = Array.from(doc.querySelectorAll("option"));
    expect(options.map((o) => [o.getAttribute("value"), o.textContent])).toEqual([["", "- Select -"], ["sms", "Text message"], ["email", "Email"]]);
    expect(doc.querySelector("option[selected]")?.getAttribute("value")).toBe("email");
  });

  it("Textarea keeps its default value and FileInput its accept list", () => {
    expect(render(<Textarea id="body" label="Message" defaultValue="Hello ((name))" />).querySelector("textarea")?.textContent).toBe("Hello ((name))");
    const file = render(<FileInput id="upload" label="Spreadsheet" accept=".csv,.xlsx" />).querySelector("input")!;
    expect(file.getAttribute("type")).toBe("file");
    expect(file.getAttribute("accept")).toBe(".csv,.xlsx");
  });
});
