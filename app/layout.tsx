// The root layout: <html lang="en"> and the shared page frame (skip link, usa-banner, header,
// <main id="main-content">, footer, usa-identifier). USWDS's CSS is imported from node_modules, so
// Next bundles it with the fonts and images its url()s point at (../fonts, ../img) and serves them
// from /_next/static: no CDN, which the strict CSP (proxy.ts) requires anyway.
import "@uswds/uswds/css/uswds.min.css";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";
import type { NavItem } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { signOutAction } from "./(public)/sign-in/actions";

// Every page is rendered per request so Next.js can put the request's CSP nonce on its scripts
// (proxy.ts); a prerendered page would carry no nonce and its scripts would be blocked.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { template: "%s – Notify", default: "Notify" },
  description: "Send text messages and emails to the public from your government agency.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const nav: NavItem[] = user
    ? [
        { href: "/services", label: "Your services" },
        { href: "/your-account", label: "Your account" },
        ...(user.platformAdmin ? [{ href: "/platform-admin", label: "Platform admin" }] : []),
      ]
    : [{ href: "/sign-in", label: "Sign in" }];
  return (
    <html lang="en">
      <body>
        <PageFrame
          nav={nav}
          navEnd={
            user ? (
              <form action={signOutAction} className="notify-header__sign-out">
                <button className="usa-button usa-button--unstyled" type="submit">
                  Sign out
                </button>
              </form>
            ) : null
          }
        >
          {children}
        </PageFrame>
      </body>
    </html>
  );
}
