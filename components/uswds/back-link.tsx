import Link from "next/link";

export function BackLink({ href, children = "Back" }: { href: string; children?: string }) {
  return (
    <p className="margin-top-2">
      <Link className="usa-link" href={href}>
        <span aria-hidden="true">‹ </span>
        {children}
      </Link>
    </p>
  );
}
