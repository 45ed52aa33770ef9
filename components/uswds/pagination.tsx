// USWDS pagination (usa-pagination.twig, default/bounded variant): Previous and Next links, and up
// to seven page slots with "…" standing in for the pages between. Plain links, so it works without
// JavaScript; the current page has aria-current="page".
import Link from "next/link";

export type PaginationProps = {
  /** 1-based. */
  currentPage: number;
  totalPages: number;
  /** The address of a page, e.g. (page) => `?page=${page}`. */
  hrefForPage: (page: number) => string;
  /** Name of the navigation landmark; change it when a page has two. */
  ariaLabel?: string;
};

type Slot = number | "overflow-start" | "overflow-end";

const MAX_SLOTS = 7;

function slotsFor(current: number, total: number): Slot[] {
  if (total <= MAX_SLOTS) return Array.from({ length: total }, (_, index) => index + 1);
  if (current <= 4) return [1, 2, 3, 4, 5, "overflow-end", total];
  if (current >= total - 3) return [1, "overflow-start", total - 4, total - 3, total - 2, total - 1, total];
  return [1, "overflow-start", current - 1, current, current + 1, "overflow-end", total];
}

function ArrowIcon({ direction }: { direction: "previous" | "next" }) {
  return (
    <svg className="usa-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
      <path d={direction === "previous" ? "M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z" : "M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"} />
    </svg>
  );
}

export function Pagination({ currentPage, totalPages, hrefForPage, ariaLabel = "Pagination" }: PaginationProps) {
  if (totalPages <= 1) return null;
  const current = Math.min(Math.max(1, Math.trunc(currentPage)), totalPages);
  return (
    <nav aria-label={ariaLabel} className="usa-pagination">
      <ul className="usa-pagination__list">
        {current > 1 ? (
          <li className="usa-pagination__item usa-pagination__arrow">
            <Link href={hrefForPage(current - 1)} className="usa-pagination__link usa-pagination__previous-page" aria-label="Previous page">
              <ArrowIcon direction="previous" />
              <span className="usa-pagination__link-text">Previous</span>
            </Link>
          </li>
        ) : null}
        {slotsFor(current, totalPages).map((slot) =>
          typeof slot === "number" ? (
            <li className="usa-pagination__item usa-pagination__page-no" key={slot}>
              <Link
                href={hrefForPage(slot)}
                className={slot === current ? "usa-pagination__button usa-current" : "usa-pagination__button"}
                aria-label={slot === totalPages ? `Last page, page ${slot}` : `Page ${slot}`}
                aria-current={slot === current ? "page" : undefined}
              >
                {slot}
              </Link>
            </li>
          ) : (
            <li className="usa-pagination__item usa-pagination__overflow" key={slot} aria-label="ellipsis indicating non-visible pages">
              <span>…</span>
            </li>
          ),
        )}
        {current < totalPages ? (
          <li className="usa-pagination__item usa-pagination__arrow">
            <Link href={hrefForPage(current + 1)} className="usa-pagination__link usa-pagination__next-page" aria-label="Next page">
              <span className="usa-pagination__link-text">Next</span>
              <ArrowIcon direction="next" />
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
