"use client";
// The side navigation on every page of one service. Shows only the areas the member can use;
// the current area is marked for screen readers (aria-current) and visually.
import Link from "next/link";
import { usePathname } from "next/navigation";

export type ServiceNavItem = { href: string; label: string };

export function ServiceNav({ items }: { items: readonly ServiceNavItem[] }) {
  const pathname = usePathname();
  // The longest matching prefix is current, so /services/x/templates/y marks "Templates".
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Service">
      <ul className="usa-sidenav">
        {items.map((item) => (
          <li key={item.href} className="usa-sidenav__item">
            <Link href={item.href} className={item.href === current ? "usa-current" : undefined} aria-current={item.href === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
