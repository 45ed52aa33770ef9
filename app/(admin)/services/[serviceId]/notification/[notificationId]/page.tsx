import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { MISSING, recoverFrom } from "@/app/_lib/expected-errors";
import { AutoRefresh } from "@/components/layout/auto-refresh";
import { MessagePreview } from "@/components/templates/message-preview";
import { Alert } from "@/components/uswds/alert";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { getNotification } from "@/lib/services/notifications/get-notification";
import { getMessageRetentionNotice } from "@/lib/services/reports/notification-reports";
import { MessageRetention, MessageUnavailable } from "../../notifications/_components/message-retention";

// One lookup per request, shared by the tab title and the page. A missing message isn't the 404
// page straight away: it may have been deleted at the end of its retention period, which the page says.
const loadMessage = cache(async (serviceId: string, notificationId: string) => {
  const { user } = await requireServicePage(serviceId);
  const [page, retention] = await Promise.all([
    recoverFrom(getNotification({ actor: user, serviceId, notificationId }), MISSING, () => null),
    recoverFrom(getMessageRetentionNotice({ actor: user, serviceId, notificationId }), MISSING, () => ({ status: "unknown" as const })),
  ]);
  return { page, retention };
});

export async function generateMetadata({ params }: { params: Promise<{ serviceId: string; notificationId: string }> }): Promise<Metadata> {
  const { serviceId, notificationId } = await params;
  const { page, retention } = await loadMessage(serviceId, notificationId);
  if (page) return { title: page.notification.notificationType === "sms" ? "Text message" : "Email" };
  return { title: retention.status === "purged" ? "Message no longer available" : "Page not found" };
}

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string; notificationId: string }>; searchParams: Promise<{ sent?: string }> }) {
  const { serviceId, notificationId } = await params;
  const { page, retention } = await loadMessage(serviceId, notificationId);
  if (!page) {
    if (retention.status === "purged") return <MessageUnavailable retentionDays={retention.retentionDays} messagesHref={`/services/${serviceId}/notifications`} />;
    notFound();
  }
  const { sent } = await searchParams;
  const n = page.notification;
  const scheduled = page.statusLabel === "Scheduled";
  return (
    <div>
      <AutoRefresh active={!page.isSettled} />
      {sent ? <Alert type="success" heading={scheduled ? "Your message has been scheduled" : "Your message is being sent"} /> : null}
      <h1 className="margin-top-0">{n.notificationType === "sms" ? "Text message" : "Email"}</h1>
      <p>
        ‘
        <Link className="usa-link" href={`/services/${serviceId}/templates/${n.templateId}`}>
          {n.templateName}
        </Link>
        ’ was {scheduled ? "scheduled" : "sent"} by {n.createdByName ?? (n.apiKeyName ? `API key ‘${n.apiKeyName}’` : n.jobId ? "a spreadsheet upload" : "the API")} on <time dateTime={n.createdAt.toISOString()}>{formatDisplayTime(n.createdAt)}</time>
      </p>
      <div aria-live="polite" aria-atomic="true">
        <p className={page.isFailure ? "text-secondary-dark text-bold" : "text-bold"} data-testid="notification-status">
          Status: {page.statusLabel}
        </p>
      </div>
      <dl className="margin-y-2">
        {n.scheduledFor ? (
          <div>
            <dt className="display-inline text-bold">Scheduled for: </dt>
            <dd className="display-inline margin-0">{formatDisplayTime(n.scheduledFor)}</dd>
          </div>
        ) : null}
        {n.sentAt ? (
          <div>
            <dt className="display-inline text-bold">Sent: </dt>
            <dd className="display-inline margin-0">{formatDisplayTime(n.sentAt)}</dd>
          </div>
        ) : null}
        {n.deliveredAt ? (
          <div>
            <dt className="display-inline text-bold">Delivered: </dt>
            <dd className="display-inline margin-0">{formatDisplayTime(n.deliveredAt)}</dd>
          </div>
        ) : null}
        {n.failedAt ? (
          <div>
            <dt className="display-inline text-bold">Failed: </dt>
            <dd className="display-inline margin-0">{formatDisplayTime(n.failedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <MessagePreview preview={page.preview} recipient={n.to} />
      {retention.status === "kept" ? <MessageRetention retentionDays={retention.retentionDays} deletedOn={retention.deletedOn} /> : null}
      {page.isSettled ? null : (
        <p>
          <Link className="usa-link" href={`/services/${serviceId}/notification/${notificationId}`}>
            Refresh
          </Link>{" "}
          <span className="usa-hint">(this page updates by itself every few seconds)</span>
        </p>
      )}
    </div>
  );
}
