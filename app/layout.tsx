// The page frame every portal page shares, in USWDS order: skip link, official-site banner,
// header, <main id="main-content">, footer, identifier. USWDS CSS, fonts and images are bundled
// from node_modules (no CDN), which the strict CSP requires anyway.
import "@uswds/uswds/css/uswds.min.css";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Banner } from "@/components/uswds/banner";
import { Identifier } from "@/components/uswds/identifier";

export const metadata: Metadata = {
  title: { template: "%s – Notify", default: "Notify" },
  description: "Send text messages and emails to the public from your government agency.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="usa-skipnav" href="#main-content">
          Skip to main content
        </a>
        <Banner />
        <SiteHeader />
        <main id="main-content" className="notify-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <Identifier />
      </body>
    </html>
  );
}
