import Link from "next/link";

export type BackLinkProps = { href: string; children?: string };

/** A link back to the previous step, above the page's <h1>. It is a real link, not history.back(). */
export function BackLink({ href, children = "Back" }: BackLinkProps) {
  return (
    <p className="notify-back-link">
      <Link className="usa-link" href={href}>
        <span aria-hidden="true">‹ </span>
        {children}
      </Link>
    </p>
  );
}
