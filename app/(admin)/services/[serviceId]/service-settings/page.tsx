import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { hasUiPermission } from "@/lib/domain/permissions";
import { REPORT_DOWNLOADS_LABELS } from "@/lib/domain/reports/aggregate-report";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Settings" };

const CHANGED: Record<string, string> = {
  name: "Your service name has been changed",
  "sms-prefix": "Your text message prefix setting has been changed",
  "international-sms": "Your international text messages setting has been changed",
  "email-sender-name": "Your email sender name has been changed",
  "email-branding": "Your email branding has been changed",
  "data-retention": "Your data retention has been changed",
  "send-files-by-email": "Your contact details for sending files by email have been changed",
  "go-live-requested": "Your request to go live has been sent",
  "report-downloads": "The reports your team can download have been changed",
};

type Row = { label: string; value: ReactNode; href?: string; linkText?: string };

function SettingsTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <Table
      caption={caption}
      isHeaderRowHidden
      rows={rows}
      rowKey={(row) => row.label}
      columns={[
        { header: "Setting", isRowHeader: true, className: "width-card-lg", cell: (row) => row.label },
        { header: "Value", cell: (row) => row.value },
        {
          header: "Action",
          className: "text-right",
          cell: (row) =>
            row.href ? (
              <Link className="usa-link" href={row.href}>
                {row.linkText ?? "Change"}
                <span className="usa-sr-only"> {row.label.toLowerCase()}</span>
              </Link>
            ) : null,
        },
      ]}
    />
  );
}

const count = (n: number) => n.toLocaleString("en-US");

export default async function ServiceSettingsPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { user, permissions } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  const changed = (await searchParams).changed;
  const base = `/services/${serviceId}/service-settings`;
  const defaultSender = settings.smsSenders.find((s) => s.isDefault);
  const defaultReplyTo = settings.emailReplyTos.find((r) => r.isDefault);
  const extraSenders = settings.smsSenders.length - 1;
  const extraReplyTos = settings.emailReplyTos.length - 1;
  return (
    <div>
      {typeof changed === "string" && CHANGED[changed] ? <Alert type="success" heading={CHANGED[changed]} /> : null}
      <h1 className="margin-top-0">Settings</h1>

      {!settings.restricted ? (
        <Alert type="info" heading="Your service is live" headingLevel={2} />
      ) : settings.goLiveRequestedAt ? (
        <Alert type="info" heading="Your request to go live is being reviewed" headingLevel={2}>
          We’ll let you know when your service is live. Until then it stays in trial mode.
        </Alert>
      ) : (
        <Alert type="info" heading="Your service is in trial mode" headingLevel={2}>
          You can only send messages to your team and your guest list.{" "}
          <Link className="usa-link" href={`${base}/request-to-go-live`}>
            Request to go live
          </Link>
        </Alert>
      )}
      {settings.active ? null : (
        <Alert type="warning" heading="This service is suspended" headingLevel={2}>
          It can’t send messages. Contact the Notify team to resume it.
        </Alert>
      )}

      <SettingsTable
        caption="Your service"
        rows={[
          { label: "Service name", value: settings.name, href: `${base}/name` },
          { label: "Data retention", value: `Text messages: ${settings.dataRetention.sms} days. Emails: ${settings.dataRetention.email} days.`, href: `${base}/data-retention` },
          { label: "Reports your team can download", value: REPORT_DOWNLOADS_LABELS[settings.reportDownloads], href: `${base}/report-downloads` },
          ...(hasUiPermission(permissions, "manage_api_keys")
            ? [{ label: "Guest list", value: "People outside your team who can get messages while you’re in trial mode", href: `/services/${serviceId}/guest-list`, linkText: "Manage" }]
            : []),
        ]}
      />

      <SettingsTable
        caption="Text messages"
        rows={[
          {
            label: "Text message senders",
            value: defaultSender ? `${defaultSender.smsSender}${extraSenders > 0 ? ` (and ${extraSenders} more)` : ""}` : "None",
            href: `${base}/sms-senders`,
            linkText: "Manage",
          },
          { label: "Start messages with service name", value: settings.prefixSms ? "On" : "Off", href: `${base}/sms-prefix` },
          { label: "Send international text messages", value: settings.internationalSms ? "On" : "Off", href: `${base}/international-sms` },
        ]}
      />

      <SettingsTable
        caption="Emails"
        rows={[
          { label: "Email sender name", value: settings.emailFromAddress, href: `${base}/email-sender-name` },
          { label: "Email branding", value: settings.emailBrandingName ?? "None", href: `${base}/email-branding` },
          {
            label: "Reply-to email addresses",
            value: defaultReplyTo ? `${defaultReplyTo.emailAddress}${extraReplyTos > 0 ? ` (and ${extraReplyTos} more)` : ""}` : "Not set",
            href: `${base}/reply-to`,
            linkText: "Manage",
          },
          { label: "Send files by email", value: settings.filesContact ?? "Not set up", href: `${base}/send-files-by-email` },
        ]}
      />

      <SettingsTable
        caption="Daily limits"
        rows={[
          { label: "Text messages per day", value: count(settings.limits.smsMessageLimit) },
          { label: "Emails per day", value: count(settings.limits.emailMessageLimit) },
          { label: "International text messages per day", value: count(settings.limits.internationalSmsMessageLimit) },
          { label: "All messages per day", value: count(settings.limits.totalMessageLimit) },
        ]}
      />
      {settings.canChangeLimits ? (
        <ul className="usa-list usa-list--unstyled">
          <li>
            <Link className="usa-link" href={`/platform-admin/services/${serviceId}`}>
              Change daily limits, go live or suspend (platform admin)
            </Link>
          </li>
          <li>
            <Link className="usa-link" href="/platform-admin">
              Platform admin
            </Link>
          </li>
        </ul>
      ) : (
        <p className="usa-hint">To change your daily limits, contact the Notify team.</p>
      )}
    </div>
  );
}
