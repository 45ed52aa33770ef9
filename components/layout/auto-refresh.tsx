"use client";
// Re-fetches the server-rendered page every few seconds while something is still changing (a
// message being delivered), then stops. Announces nothing itself: put the changing text in an
// aria-live region. Without JavaScript the page offers a "Refresh" link instead.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function AutoRefresh({ active, intervalMs = 2000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return null;
}
