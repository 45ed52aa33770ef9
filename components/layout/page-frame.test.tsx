import { JSDOM } from "jsdom";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageFrame } from "./page-frame";
import { SiteHeader } from "./site-header";

const render = (markup: string) => new JSDOM(`<body>${markup}</body>`).window.document;

describe("PageFrame", () => {
  const doc = render(renderToStaticMarkup(<PageFrame><h1>Hello</h1></PageFrame>));

  it("renders the frame in USWDS order: skip link, banner, header, main, footer, identifier", () => {
    // React may add a <link rel=preload> for the banner's images; Next moves it into <head>.
    const order = Array.from(doc.body.children)
      .filter((el) => el.tagName !== "LINK")
      .map((el) => `${el.tagName.toLowerCase()}.${el.classList[0]}`);
    expect(order).toEqual(["a.usa-skipnav", "section.usa-banner", "header.usa-header", "main.notify-main", "footer.usa-footer", "div.usa-identifier"]);
  });

  it("has a skip link to <main id=main-content>, which holds the page", () => {
    const skip = doc.querySelector("a.usa-skipnav")!;
    expect(skip.textContent).toBe("Skip to main content");
    expect(skip.getAttribute("href")).toBe("#main-content");
    const main = doc.getElementById("main-content")!;
    expect(main.tagName).toBe("MAIN");
    expect(main.getAttribute("tabindex")).toBe("-1");
    expect(main.querySelector("h1")?.textContent).toBe("Hello");
  });

  it("has the official-website banner with its 'Here’s how you know' toggle", () => {
    const banner = doc.querySelector("section.usa-banner")!;
    expect(banner.getAttribute("aria-label")).toBe("Official website of the United States government");
    expect(banner.querySelector(".usa-banner__header-text")?.textContent).toBe("An official website of the United States government");
    const button = banner.querySelector("button.usa-banner__button")!;
    expect(button.getAttribute("type")).toBe("button");
    expect(button.textContent).toBe("Here’s how you know");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    const panel = doc.getElementById(button.getAttribute("aria-controls")!)!;
    expect(panel.hasAttribute("hidden")).toBe(true);
    expect(panel.textContent).toContain("Official websites use .gov");
    expect(panel.textContent).toContain("Secure .gov websites use HTTPS");
    expect(Array.from(banner.querySelectorAll("img")).every((img) => img.getAttribute("alt") === "" && img.getAttribute("src"))).toBe(true);
    expect(doc.body.innerHTML).not.toContain("style=");
  });

  it("names the product in the header, linking home, and identifies the site at the bottom", () => {
    const home = doc.querySelector(".usa-header .usa-logo a")!;
    expect(home.textContent).toBe("Notify");
    expect(home.getAttribute("href")).toBe("/");
    expect(doc.querySelector(".usa-header nav")).toBeNull();
    expect(doc.querySelector(".usa-identifier a[href='/accessibility']")?.textContent).toBe("Accessibility statement");
  });
});

describe("SiteHeader", () => {
  it("renders a labelled nav and marks the current page", () => {
    const doc = render(
      renderToStaticMarkup(
        <SiteHeader
          nav={[
            { href: "/services", label: "Your services", isCurrent: true },
            { href: "/account", label: "Your account" },
          ]}
        />,
      ),
    );
    expect(doc.querySelector("nav")?.getAttribute("aria-label")).toBe("Main");
    expect(Array.from(doc.querySelectorAll("nav a")).map((a) => [a.getAttribute("href"), a.textContent, a.getAttribute("aria-current")])).toEqual([
      ["/services", "Your services", "page"],
      ["/account", "Your account", null],
    ]);
  });
});
