import { JSDOM } from "jsdom";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxGroup } from "./checkbox-group";
import { FileInput } from "./file-input";
import { RadioGroup } from "./radio-group";
import { Select } from "./select";
import { TextInput } from "./text-input";
import { Textarea } from "./textarea";

function dom(markup: string): Document {
  return new JSDOM(markup).window.document;
}

describe("TextInput", () => {
  it("labels the input and marks it required", () => {
    const doc = dom(renderToStaticMarkup(<TextInput id="email" label="Email address" required type="email" autoComplete="email" />));
    const input = doc.querySelector("input")!;
    expect(doc.querySelector("label")?.getAttribute("for")).toBe("email");
    expect(input.getAttribute("name")).toBe("email");
    expect(input.getAttribute("type")).toBe("email");
    expect(input.getAttribute("autocomplete")).toBe("email");
    expect(input.hasAttribute("required")).toBe(true);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
    expect(doc.querySelector("abbr.usa-hint--required")?.getAttribute("title")).toBe("required");
  });

  it("says (optional) on optional fields", () => {
    const doc = dom(renderToStaticMarkup(<TextInput id="ref" label="Reference" />));
    expect(doc.querySelector("label")?.textContent).toBe("Reference (optional)");
  });

  it("wires hint and error in USWDS order with aria-describedby and aria-invalid", () => {
    const doc = dom(renderToStaticMarkup(<TextInput id="phone" label="Mobile number" hint="For example, 202-555-0123" error="Enter a phone number" required />));
    const group = doc.querySelector(".usa-form-group")!;
    expect(group.classList.contains("usa-form-group--error")).toBe(true);
    expect(doc.querySelector("label")?.classList.contains("usa-label--error")).toBe(true);
    const order = Array.from(group.children).map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ""));
    expect(order).toEqual(["label", "div#phone-hint", "span#phone-error", "input#phone"]);
    const input = doc.querySelector("input")!;
    expect(input.getAttribute("aria-describedby")).toBe("phone-hint phone-error");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.classList.contains("usa-input--error")).toBe(true);
    expect(doc.getElementById("phone-error")?.textContent).toBe("Error: Enter a phone number");
    expect(doc.querySelector("#phone-error .usa-sr-only")?.textContent).toBe("Error: ");
  });
});

describe("Textarea, Select and FileInput", () => {
  it("share the same wiring", () => {
    for (const markup of [
      renderToStaticMarkup(<Textarea id="f" label="Message" hint="h" error="Enter a message" required />),
      renderToStaticMarkup(<Select id="f" label="Type" hint="h" error="Select a type" required options={[{ value: "a", label: "A" }]} />),
      renderToStaticMarkup(<FileInput id="f" label="File" hint="h" error="Upload a file" accept=".csv" required />),
    ]) {
      const doc = dom(markup);
      const control = doc.getElementById("f")!;
      expect(doc.querySelector("label")?.getAttribute("for")).toBe("f");
      expect(control.getAttribute("aria-describedby")).toBe("f-hint f-error");
      expect(control.getAttribute("aria-invalid")).toBe("true");
    }
  });
});

describe("RadioGroup and CheckboxGroup", () => {
  const options = [
    { value: "sms", label: "Text message" },
    { value: "email", label: "Email", hint: "We’ll send a link" },
  ];

  it("puts options in a fieldset with a legend, the first option carrying the group id", () => {
    const doc = dom(renderToStaticMarkup(<RadioGroup id="auth" legend="How should we send your code?" options={options} defaultValue="email" required error="Select how to get your code" />));
    const fieldset = doc.querySelector("fieldset.usa-fieldset")!;
    expect(fieldset.querySelector("legend.usa-legend")?.textContent).toContain("How should we send your code?");
    expect(fieldset.getAttribute("aria-describedby")).toBe("auth-error");
    const radios = Array.from(doc.querySelectorAll("input[type=radio]"));
    expect(radios.map((r) => r.id)).toEqual(["auth", "auth-2"]);
    expect(radios.map((r) => r.getAttribute("name"))).toEqual(["auth", "auth"]);
    expect((radios[1] as HTMLInputElement).hasAttribute("checked")).toBe(true);
    expect(doc.querySelector('label[for="auth-2"]')?.textContent).toContain("We’ll send a link");
    expect(radios[1]?.getAttribute("aria-describedby")).toBe("auth-2-item-hint");
  });

  it("ticks every default checkbox", () => {
    const doc = dom(renderToStaticMarkup(<CheckboxGroup id="perm" legend="Permissions" options={options} defaultValue={["sms", "email"]} />));
    expect(Array.from(doc.querySelectorAll("input[type=checkbox]")).every((c) => c.hasAttribute("checked"))).toBe(true);
    expect(doc.querySelector("legend")?.textContent).toContain("(optional)");
  });
});
