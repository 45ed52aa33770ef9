import { JSDOM } from "jsdom";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "./pagination";
import { Table } from "./table";

function render(element: ReactElement): Document {
  return new JSDOM(renderToStaticMarkup(element)).window.document;
}

describe("Table", () => {
  const rows = [
    { id: "1", name: "Appointment reminder", type: "Text message" },
    { id: "2", name: "Renewal notice", type: "Email" },
  ];
  const columns = [
    { header: "Name", cell: (r: (typeof rows)[number]) => r.name, isRowHeader: true },
    { header: "Type", cell: (r: (typeof rows)[number]) => r.type },
  ];

  it("can keep a column's header for screen readers only", () => {
    const doc = render(<Table caption="Templates" rows={rows} rowKey={(r) => r.id} columns={[columns[0]!, { ...columns[1]!, isHeaderHidden: true }]} />);
    expect(doc.querySelectorAll("thead th")[1]?.innerHTML).toBe('<span class="usa-sr-only">Type</span>');
  });

  it("puts a column's classes on its body cells", () => {
    const doc = render(<Table caption="Templates" rows={rows} rowKey={(r) => r.id} columns={[columns[0]!, { ...columns[1]!, className: "text-bold" }]} />);
    expect(Array.from(doc.querySelectorAll("tbody td")).map((td) => td.className)).toEqual(["text-bold", "text-bold"]);
    expect(doc.querySelector("thead th")?.hasAttribute("class")).toBe(false);
  });

  it("has a caption, column headers with scope and row headers", () => {
    const doc = render(<Table caption="Templates" rows={rows} rowKey={(r) => r.id} columns={columns} />);
    expect(doc.querySelector("table > caption")?.textContent).toBe("Templates");
    expect(doc.querySelector("caption")?.hasAttribute("class")).toBe(false);
    expect(Array.from(doc.querySelectorAll("thead th")).map((th) => [th.getAttribute("scope"), th.textContent])).toEqual([
      ["col", "Name"],
      ["col", "Type"],
    ]);
    expect(Array.from(doc.querySelectorAll("tbody th")).map((th) => [th.getAttribute("scope"), th.textContent])).toEqual([
      ["row", "Appointment reminder"],
      ["row", "Renewal notice"],
    ]);
    expect(Array.from(doc.querySelectorAll("tbody td")).map((td) => td.textContent)).toEqual(["Text message", "Email"]);
  });

  it("sits in a focusable, named, scrollable container", () => {
    const container = render(<Table caption="Templates" rows={rows} rowKey={(r) => r.id} columns={columns} />).querySelector("div")!;
    expect(container.className).toBe("usa-table-container--scrollable");
    expect(container.getAttribute("tabindex")).toBe("0");
    expect(container.getAttribute("role")).toBe("region");
    expect(container.getAttribute("aria-label")).toBe("Templates");
  });

  it("can hide the caption visually", () => {
    const doc = render(<Table caption="Templates" isCaptionHidden rows={rows} rowKey={(r) => r.id} columns={columns} />);
    expect(doc.querySelector("caption")?.className).toBe("usa-sr-only");
  });

  it("can keep the whole header row for screen readers only, and be compact", () => {
    const doc = render(<Table caption="Your account details" isHeaderRowHidden isCompact rows={rows} rowKey={(r) => r.id} columns={columns} />);
    expect(doc.querySelector("thead")?.className).toBe("usa-sr-only");
    expect(Array.from(doc.querySelectorAll("thead th")).map((th) => [th.getAttribute("scope"), th.textContent])).toEqual([
      ["col", "Name"],
      ["col", "Type"],
    ]);
    expect(doc.querySelector("table")?.className).toBe("usa-table usa-table--borderless usa-table--compact width-full");
  });

  it("shows its header row and is full-size unless told, and puts a test id on the table when given one", () => {
    const plain = render(<Table caption="Templates" rows={rows} rowKey={(r) => r.id} columns={columns} />);
    expect(plain.querySelector("thead")?.hasAttribute("class")).toBe(false);
    expect(plain.querySelector("table")?.className).toBe("usa-table usa-table--borderless width-full");
    expect(plain.querySelector("table")?.hasAttribute("data-testid")).toBe(false);
    expect(render(<Table caption="Text messages" testId="totals-sms" rows={rows} rowKey={(r) => r.id} columns={columns} />).querySelector("table")?.getAttribute("data-testid")).toBe("totals-sms");
  });

  it("says when there is nothing to show", () => {
    const doc = render(<Table caption="Jobs" rows={[]} rowKey={() => ""} columns={[{ header: "File", cell: () => "" }, { header: "Status", cell: () => "" }]} emptyText="No files uploaded yet." />);
    expect(doc.querySelector("tbody td")?.textContent).toBe("No files uploaded yet.");
    expect(doc.querySelector("tbody td")?.getAttribute("colspan")).toBe("2");
  });
});

describe("Pagination", () => {
  const href = (page: number) => `/jobs?page=${page}`;
  const slots = (doc: Document) =>
    Array.from(doc.querySelectorAll(".usa-pagination__item:not(.usa-pagination__arrow)")).map((li) => (li.classList.contains("usa-pagination__overflow") ? "…" : li.textContent));

  it("renders nothing for a single page", () => {
    expect(renderToStaticMarkup(<Pagination currentPage={1} totalPages={1} hrefForPage={href} />)).toBe("");
  });

  it("is a named navigation landmark with page links and the current page marked", () => {
    const doc = render(<Pagination currentPage={2} totalPages={3} hrefForPage={href} />);
    const nav = doc.querySelector("nav.usa-pagination")!;
    expect(nav.getAttribute("aria-label")).toBe("Pagination");
    expect(slots(doc)).toEqual(["1", "2", "3"]);
    const current = doc.querySelector("[aria-current=page]")!;
    expect(current.textContent).toBe("2");
    expect(current.className).toBe("usa-pagination__button usa-current");
    expect(current.getAttribute("href")).toBe("/jobs?page=2");
    expect(doc.querySelector(".usa-pagination__previous-page")?.getAttribute("href")).toBe("/jobs?page=1");
    expect(doc.querySelector(".usa-pagination__previous-page")?.getAttribute("aria-label")).toBe("Previous page");
    expect(doc.querySelector(".usa-pagination__next-page")?.getAttribute("href")).toBe("/jobs?page=3");
    expect(doc.querySelector('[href="/jobs?page=3"].usa-pagination__button')?.getAttribute("aria-label")).toBe("Last page, page 3");
    expect(doc.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("leaves out Previous on the first page and Next on the last", () => {
    const first = render(<Pagination currentPage={1} totalPages={3} hrefForPage={href} />);
    expect(first.querySelector(".usa-pagination__previous-page")).toBeNull();
    expect(first.querySelector(".usa-pagination__next-page")).not.toBeNull();
    const last = render(<Pagination currentPage={3} totalPages={3} hrefForPage={href} />);
    expect(last.querySelector(".usa-pagination__next-page")).toBeNull();
  });

  it("shows at most seven slots, with ellipses for the pages in between", () => {
    expect(slots(render(<Pagination currentPage={2} totalPages={20} hrefForPage={href} />))).toEqual(["1", "2", "3", "4", "5", "…", "20"]);
    expect(slots(render(<Pagination currentPage={10} totalPages={20} hrefForPage={href} />))).toEqual(["1", "…", "9", "10", "11", "…", "20"]);
    expect(slots(render(<Pagination currentPage={19} totalPages={20} hrefForPage={href} />))).toEqual(["1", "…", "16", "17", "18", "19", "20"]);
    expect(slots(render(<Pagination currentPage={99} totalPages={20} hrefForPage={href} />))).toEqual(["1", "…", "16", "17", "18", "19", "20"]);
  });
});
