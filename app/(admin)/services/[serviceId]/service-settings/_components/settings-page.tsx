import type { ReactNode } from "react";
import { BackLink } from "@/components/uswds/back-link";

/** The frame of every settings sub-page: a back link, the heading, then the content. */
export function SettingsPage({ title, back, backLabel = "Back to settings", children }: { title: string; back: string; backLabel?: string; children: ReactNode }) {
  return (
    <div>
      <BackLink href={back}>{backLabel}</BackLink>
      <h1 className="margin-top-0">{title}</h1>
      {children}
    </div>
  );
}
