// The unsubscribe pages' frame: one column, one h1 matching the title.
import type { ReactNode } from "react";

export function UnsubscribeFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{title}</h1>
          {children}
        </div>
      </div>
    </div>
  );
}

/** The same answer for a forged token, an unknown or expired email and a mistyped address. */
export function UnsubscribeLinkNotValid() {
  return (
    <UnsubscribeFrame title="This unsubscribe link is not valid">
      <p>We could not unsubscribe you with this link.</p>
      <p>If you copied the link from an email, check that you copied all of it. Links stop working some time after the email was sent: you can still ask the service that sent it to stop emailing you.</p>
    </UnsubscribeFrame>
  );
}
