// The branding a service's emails are sent with, looked up once per service per minute per worker
// process rather than once per message: a bulk send of 100,000 emails costs one query here, not
// 100,000. A change made in the portal reaches the worker within BRANDING_CACHE_MS.
import type { EmailBrandingLayout } from "../../domain/templates/email-layout";
import { getEnv } from "../../env";
import { findServiceBrandingLayout } from "../email-branding/layout";

export const BRANDING_CACHE_MS = 60_000;
const MAX_ENTRIES = 10_000;

const cache = new Map<string, { expiresAt: number; branding: Promise<EmailBrandingLayout | null> }>();

/** The service's branding with an absolute logo URL (NOTIFY_BASE_URL), or null for plain emails. */
export function emailBrandingForDelivery(serviceId: string, now = Date.now()): Promise<EmailBrandingLayout | null> {
  const hit = cache.get(serviceId);
  if (hit && hit.expiresAt > now) return hit.branding;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const branding = findServiceBrandingLayout(serviceId, getEnv().NOTIFY_BASE_URL);
  // A failed lookup isn't cached: the next message tries again.
  branding.catch(() => cache.delete(serviceId));
  cache.set(serviceId, { expiresAt: now + BRANDING_CACHE_MS, branding });
  return branding;
}

/** Forgets cached brandings (one service's, or all): after a change in this process, and for tests. */
export function forgetEmailBranding(serviceId?: string): void {
  if (serviceId) cache.delete(serviceId);
  else cache.clear();
}
