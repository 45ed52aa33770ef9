// The frame every page shares, in USWDS order (usa-base/_base.twig): skip link, official-site
// banner, header, <main id="main-content">, footer, identifier. app/layout.tsx wraps it in <html>.
import type { ReactNode } from "react";
import { Banner } from "@/components/uswds/banner";
import { Identifier } from "@/components/uswds/identifier";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type NavItem } from "./site-header";

export type PageFrameProps = { children: ReactNode; nav?: readonly NavItem[]; navEnd?: ReactNode };

export function PageFrame({ children, nav, navEnd }: PageFrameProps) {
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <Banner />
      <SiteHeader nav={nav}>{navEnd}</SiteHeader>
      {/* tabIndex=-1 so the skip link moves focus here in every browser. */}
      <main id="main-content" className="notify-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      <Identifier />
    </>
  );
}
