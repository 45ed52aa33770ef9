import { JSDOM } from "jsdom";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxGroup } from "./checkbox-group";
import { DateInput } from "./date-input";
import { Fieldset } from "./fieldset";
import { RadioGroup } from "./radio-group";
import { TextInput } from "./text-input";

function render(element: ReactElement): Document {
  return new JSDOM(renderToStaticMarkup(element)).window.document;
}

const options = [
  { value: "sms", label: "Text message" },
  { value: "email", label: "Email", hint: "We’ll send a link" },
];

describe("Fieldset", () => {
  it("groups fields under a legend, with no marker unless asked", () => {
    const doc = render(
      <Fieldset id="address" legend="Mailing address">
        <TextInput id="street" label="Street address" required />
      </Fieldset>,
    );
    const fieldset = doc.querySelector("fieldset.usa-fieldset")!;
    expect(fieldset.querySelector(":scope > legend.usa-legend")?.textContent).toBe("Mailing address");
    expect(fieldset.hasAttribute("aria-describedby")).toBe(false);
    expect(fieldset.querySelector("#street")).not.toBeNull();
  });

  it("references the group's hint and error from the fieldset, in legend → hint → error order", () => {
    const doc = render(
      <Fieldset id="g" legend="Question" hint="Choose one" error="Select an answer" required isLegendLarge>
        <p>content</p>
      </Fieldset>,
    );
    expect(doc.querySelector(".usa-form-group")?.className).toBe("usa-form-group usa-form-group--error");
    const fieldset = doc.querySelector("fieldset")!;
    expect(fieldset.getAttribute("aria-describedby")).toBe("g-hint g-error");
    expect(Array.from(fieldset.children).map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ""))).toEqual(["legend", "div#g-hint", "span#g-error", "p"]);
    expect(doc.querySelector("legend")?.className).toBe("usa-legend usa-legend--large usa-label--error");
    expect(doc.querySelector("legend abbr.usa-hint--required")).not.toBeNull();
    expect(doc.getElementById("g-error")?.textContent).toBe("Error: Select an answer");
  });

  it("says (optional) when required is false", () => {
    expect(render(<Fieldset id="g" legend="Extras" required={false}>x</Fieldset>).querySelector("legend")?.textContent).toBe("Extras (optional)");
  });
});

describe("RadioGroup", () => {
  it("puts radios in a fieldset with a legend, the first radio carrying the group id", () => {
    const doc = render(<RadioGroup id="auth" label="How should we send your code?" options={options} defaultValue="email" required error="Select how to get your code" hint="Pick one" />);
    const fieldset = doc.querySelector("fieldset.usa-fieldset")!;
    expect(fieldset.querySelector("legend.usa-legend")?.textContent).toBe("How should we send your code? *");
    expect(fieldset.getAttribute("aria-describedby")).toBe("auth-hint auth-error");
    expect(doc.querySelector(".usa-form-group--error")).not.toBeNull();
    const radios = Array.from(doc.querySelectorAll<HTMLInputElement>("input[type=radio]"));
    expect(radios.map((r) => r.id)).toEqual(["auth", "auth-2"]);
    expect(radios.map((r) => r.getAttribute("name"))).toEqual(["auth", "auth"]);
    expect(radios.map((r) => r.value)).toEqual(["sms", "email"]);
    expect(radios.map((r) => r.className)).toEqual(["usa-radio__input", "usa-radio__input"]);
    expect(radios.map((r) => r.hasAttribute("checked"))).toEqual([false, true]);
    expect(radios.every((r) => r.hasAttribute("required"))).toBe(true);
    expect(doc.querySelector('label[for="auth"]')?.className).toBe("usa-radio__label");
    expect(doc.querySelector('label[for="auth-2"] .usa-radio__label-description')?.textContent).toBe("We’ll send a link");
  });

  it("uses a separate name and the tile style", () => {
    const doc = render(<RadioGroup id="channel" name="templateType" label="Type" options={options} isTile />);
    expect(doc.querySelector("input")?.getAttribute("name")).toBe("templateType");
    expect(doc.querySelector("input")?.className).toBe("usa-radio__input usa-radio__input--tile");
    expect(doc.querySelector("legend")?.textContent).toBe("Type (optional)");
  });
});

describe("CheckboxGroup", () => {
  it("ticks the default values and per-option defaultChecked, without making every box required", () => {
    const doc = render(
      <CheckboxGroup id="perm" label="Permissions" required options={[...options, { value: "api", label: "API keys", defaultChecked: true }]} defaultValue={["sms"]} />,
    );
    const boxes = Array.from(doc.querySelectorAll("input[type=checkbox]"));
    expect(boxes.map((c) => c.id)).toEqual(["perm", "perm-2", "perm-3"]);
    expect(boxes.map((c) => c.hasAttribute("checked"))).toEqual([true, false, true]);
    expect(boxes.some((c) => c.hasAttribute("required"))).toBe(false);
    expect(boxes.map((c) => c.getAttribute("name"))).toEqual(["perm", "perm", "perm"]);
    expect(doc.querySelector("legend abbr")?.getAttribute("title")).toBe("required");
    expect(doc.querySelector(".usa-checkbox__label-description")?.textContent).toBe("We’ll send a link");
  });
});

describe("DateInput", () => {
  it("renders month, day and year in a fieldset, the month select carrying the group id", () => {
    const doc = render(<DateInput id="send-date" label="When should we send it?" hint="For example: January 19 2027" required defaultValue={{ month: "03", day: "7", year: "2027" }} />);
    const fieldset = doc.querySelector("fieldset.usa-fieldset")!;
    expect(fieldset.getAttribute("aria-describedby")).toBe("send-date-hint");
    expect(fieldset.querySelector("legend")?.textContent).toBe("When should we send it? *");
    const controls = Array.from(doc.querySelectorAll(".usa-memorable-date select, .usa-memorable-date input"));
    expect(controls.map((c) => [c.tagName.toLowerCase(), c.id, c.getAttribute("name")])).toEqual([
      ["select", "send-date", "send-date-month"],
      ["input", "send-date-day", "send-date-day"],
      ["input", "send-date-year", "send-date-year"],
    ]);
    expect(Array.from(doc.querySelectorAll(".usa-memorable-date label")).map((l) => [l.getAttribute("for"), l.textContent])).toEqual([
      ["send-date", "Month"],
      ["send-date-day", "Day"],
      ["send-date-year", "Year"],
    ]);
    expect(doc.querySelector("option[selected]")?.textContent).toBe("March");
    expect(doc.getElementById("send-date-day")?.getAttribute("value")).toBe("7");
    expect(doc.getElementById("send-date-day")?.getAttribute("inputmode")).toBe("numeric");
    expect(controls.every((c) => c.hasAttribute("required"))).toBe(true);
    expect(controls.some((c) => c.hasAttribute("aria-invalid"))).toBe(false);
  });

  it("highlights only the parts the error is about and references the error from the fieldset", () => {
    const doc = render(<DateInput id="dob" name="dateOfBirth" label="Date of birth" error="Date of birth must include a year" errorParts={["year"]} autoComplete="bday" />);
    expect(doc.querySelector("fieldset")?.getAttribute("aria-describedby")).toBe("dob-error");
    expect(doc.querySelector(".usa-form-group")?.classList.contains("usa-form-group--error")).toBe(true);
    expect(doc.getElementById("dob-year")?.className).toBe("usa-input usa-input--error");
    expect(doc.getElementById("dob-year")?.getAttribute("aria-invalid")).toBe("true");
    expect(doc.getElementById("dob-day")?.className).toBe("usa-input");
    expect(doc.getElementById("dob")?.getAttribute("name")).toBe("dateOfBirth-month");
    expect(doc.getElementById("dob")?.getAttribute("autocomplete")).toBe("bday-month");
    expect(doc.getElementById("dob-year")?.getAttribute("autocomplete")).toBe("bday-year");
  });

  it("highlights every part when the error does not say which", () => {
    const doc = render(<DateInput id="d" label="Date" error="Enter a real date" />);
    expect(Array.from(doc.querySelectorAll("[aria-invalid=true]")).map((c) => c.id)).toEqual(["d", "d-day", "d-year"]);
  });
});
