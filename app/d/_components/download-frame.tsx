import type { ReactNode } from "react";

/** The narrow column every download page uses. */
export function DownloadFrame({ children }: { children: ReactNode }) {
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-7">{children}</div>
      </div>
    </div>
  );
}
