// The addresses the API puts in its answers (a notification's `uri`, its template's `uri`, a
// page's `links.current` and `links.next`): always absolute, on the public base URL
// (NOTIFY_BASE_URL), whatever host or proxy the request came through, and each one an address the
// same API key can GET.
import { getEnv } from "../../env";

/** `path` (starting with /) on the public base URL. */
export function publicUrl(path: string): string {
  return `${getEnv().NOTIFY_BASE_URL.replace(/\/$/, "")}${path}`;
}

export function notificationUri(notificationId: string): string {
  return publicUrl(`/v2/notifications/${notificationId}`);
}

/** Notify's template reference in API answers, pointing at that version through the API. */
export function templateRef(templateId: string, version: number) {
  return { id: templateId, version, uri: publicUrl(`/v2/template/${templateId}/version/${version}`) };
}

/** A list page's links: this page as asked for and, when it was full enough to go on, the next older page. */
export function pageLinks(url: URL, lastId: string | undefined): { current: string; next?: string } {
  const current = publicUrl(`${url.pathname}${url.search}`);
  if (!lastId) return { current };
  const next = new URL(current);
  next.searchParams.set("older_than", lastId);
  return { current, next: next.toString() };
}
