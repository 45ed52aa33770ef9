import type { ReactNode } from "react";
import { BackLink } from "@/components/uswds/back-link";

/** The frame of every "change your …" page: back link, heading, then the form. */
export function ChangePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="grid-container margin-y-4">
      <BackLink href="/your-account">Back to your account</BackLink>
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{title}</h1>
          {children}
        </div>
      </div>
    </div>
  );
}
