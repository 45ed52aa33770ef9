import { JSDOM } from "jsdom";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Alert } from "./alert";
import { ErrorSummary } from "./error-summary";
import { Table } from "./table";

const dom = (markup: string) => new JSDOM(markup).window.document;

describe("ErrorSummary", () => {
  it("links each error to its field, titled 'There is a problem', and can take focus", () => {
    const doc = dom(
      renderToStaticMarkup(
        <ErrorSummary
          errors={[
            { fieldId: "name", message: "Enter your name" },
            { fieldId: "email", message: "Enter an email address in the correct format, like name@example.com" },
          ]}
        />,
      ),
    );
    const box = doc.querySelector("[role=alert]")!;
    expect(box.getAttribute("tabindex")).toBe("-1");
    expect(box.querySelector("h2")?.textContent).toBe("There is a problem");
    const links = Array.from(box.querySelectorAll("a")).map((a) => [a.getAttribute("href"), a.textContent]);
    expect(links).toEqual([
      ["#name", "Enter your name"],
      ["#email", "Enter an email address in the correct format, like name@example.com"],
    ]);
  });

  it("renders nothing when there are no errors", () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={[]} />)).toBe("");
  });
});

describe("Alert", () => {
  it("says its status in words and announces errors", () => {
    const doc = dom(renderToStaticMarkup(<Alert type="success" heading="Template saved" />));
    expect(doc.querySelector(".usa-alert--success [role], .usa-alert--success")?.getAttribute("role")).toBe("status");
    expect(doc.querySelector("h2")?.getAttribute("tabindex")).toBe("-1");
    expect(dom(renderToStaticMarkup(<Alert type="error" heading="Sending failed" />)).querySelector(".usa-alert")?.getAttribute("role")).toBe("alert");
  });
});

describe("Table", () => {
  const rows = [
    { id: "1", name: "Appointment reminder", type: "Text message" },
    { id: "2", name: "Renewal notice", type: "Email" },
  ];

  it("has a caption, column headers with scope and row headers", () => {
    const doc = dom(
      renderToStaticMarkup(
        <Table caption="Templates" isCaptionHidden rows={rows} rowKey={(r) => r.id} columns={[{ header: "Name", cell: (r) => r.name, isRowHeader: true }, { header: "Type", cell: (r) => r.type }]} />,
      ),
    );
    expect(doc.querySelector("caption")?.textContent).toBe("Templates");
    expect(doc.querySelector("caption")?.className).toBe("usa-sr-only");
    expect(Array.from(doc.querySelectorAll("thead th")).map((th) => th.getAttribute("scope"))).toEqual(["col", "col"]);
    expect(Array.from(doc.querySelectorAll("tbody th[scope=row]")).map((th) => th.textContent)).toEqual(["Appointment reminder", "Renewal notice"]);
    expect(doc.querySelector(".usa-table-container--scrollable")?.getAttribute("tabindex")).toBe("0");
  });

  it("says when there is nothing to show", () => {
    const doc = dom(renderToStaticMarkup(<Table caption="Jobs" rows={[]} rowKey={() => ""} columns={[{ header: "File", cell: () => "" }]} emptyText="No files uploaded yet." />));
    expect(doc.querySelector("tbody td")?.textContent).toBe("No files uploaded yet.");
  });
});
