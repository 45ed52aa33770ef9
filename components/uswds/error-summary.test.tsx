// @vitest-environment jsdom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ErrorSummary, type SummaryError } from "./error-summary";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  document.body.innerHTML = '<input id="outside" />';
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function renderSummary(errors: SummaryError[]) {
  act(() => root.render(<ErrorSummary errors={errors} />));
}

describe("ErrorSummary focus", () => {
  it("takes focus when it appears", () => {
    renderSummary([{ fieldId: "name", message: "Enter your name" }]);
    expect(document.activeElement?.getAttribute("role")).toBe("alert");
  });

  it("does not take focus back on a re-render with the same errors, but does when they change", () => {
    renderSummary([{ fieldId: "name", message: "Enter your name" }]);
    (document.getElementById("outside") as HTMLInputElement).focus();
    renderSummary([{ fieldId: "name", message: "Enter your name" }]);
    expect(document.activeElement?.id).toBe("outside");
    renderSummary([{ fieldId: "email", message: "Enter an email address" }]);
    expect(document.activeElement?.getAttribute("role")).toBe("alert");
  });

  it("moves focus to the field when a link is followed", () => {
    const field = document.createElement("input");
    field.id = "email";
    document.body.append(field);
    renderSummary([{ fieldId: "email", message: "Enter an email address" }]);
    act(() => container.querySelector("a")!.click());
    expect(document.activeElement).toBe(field);
  });
});

describe("ErrorSummary page title", () => {
  it("prefixes the title with 'Error: ' while there are errors, once, and removes it when they're gone", () => {
    document.title = "Create an account – Notify";
    renderSummary([{ fieldId: "name", message: "Enter your name" }]);
    expect(document.title).toBe("Error: Create an account – Notify");
    renderSummary([{ fieldId: "name", message: "Enter your full name" }]);
    expect(document.title).toBe("Error: Create an account – Notify");
    renderSummary([]);
    expect(document.title).toBe("Create an account – Notify");
  });
});
