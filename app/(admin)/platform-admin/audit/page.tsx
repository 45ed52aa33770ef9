import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/uswds/error-summary";
import { Pagination } from "@/components/uswds/pagination";
import { Select } from "@/components/uswds/select";
import { Table } from "@/components/uswds/table";
import { TextInput } from "@/components/uswds/text-input";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { auditFilterSchema } from "@/lib/schemas/reports";
import { ACCOUNT_EVENTS, getPlatformAuditTrail } from "@/lib/services/reports/audit";
import { requirePlatformAdminPage } from "../_components/require-platform-admin-page";

const TITLE = "Audit trail across services";

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const query = await searchParams;
  const parsed = auditFilterSchema.safeParse({ serviceId: one(query.serviceId), email: one(query.email), eventType: one(query.eventType), page: one(query.page) });
  return { title: parsed.success ? TITLE : `Error: ${TITLE}` };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePlatformAdminPage();
  const query = await searchParams;
  const raw = { serviceId: one(query.serviceId) ?? "", email: one(query.email) ?? "", eventType: one(query.eventType) ?? "" };
  const parsed = auditFilterSchema.safeParse({ ...raw, page: one(query.page) });
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const filter = parsed.success ? parsed.data : { page: 1 };
  const trail = await getPlatformAuditTrail({ actor, filter });
  const summary = (["serviceId", "email", "eventType"] as const).filter((id) => errors[id]).map((id) => ({ fieldId: id, message: errors[id]! }));
  const href = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) if (v && !errors[k]) params.set(k, v);
    params.set("page", String(page));
    return `/platform-admin/audit?${params.toString()}`;
  };
  return (
    <div>
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <h1>{TITLE}</h1>
      <p>Who did what, in every service and in people’s accounts (sign-ins, password and security changes), and when (Eastern Time). Message content and recipients are never recorded.</p>
      <form method="get" action="/platform-admin/audit" className="usa-form usa-form--large margin-bottom-3" role="search" aria-label="Filter events">
        <Select
          id="serviceId"
          label="Service"
          placeholderOption="All services and accounts"
          options={[{ value: ACCOUNT_EVENTS, label: "Account events (no service)" }, ...trail.services]}
          defaultValue={errors.serviceId ? "" : raw.serviceId}
          error={errors.serviceId}
        />
        <TextInput id="email" label="Email address of the person who acted" hint="All or part of it, for example ‘pat@agency.gov’" type="search" defaultValue={raw.email} error={errors.email} />
        <Select id="eventType" label="Event" placeholderOption="All events" options={trail.eventTypes} defaultValue={errors.eventType ? "" : raw.eventType} error={errors.eventType} />
        <button className="usa-button" type="submit">
          Filter events
        </button>{" "}
        <Link className="usa-link" href="/platform-admin/audit">
          Clear filters
        </Link>
      </form>
      <Table
        caption={`${trail.total.toLocaleString("en-US")} ${trail.total === 1 ? "event" : "events"}, newest first`}
        rowKey={(e) => e.id}
        rows={trail.events}
        emptyText="No events match these filters."
        columns={[
          { header: "When", cell: (e) => <time dateTime={e.when.toISOString()}>{formatDisplayTime(e.when)}</time> },
          { header: "Who", cell: (e) => (e.email ? `${e.who} (${e.email})` : e.who) },
          { header: "What", isRowHeader: true, cell: (e) => e.what },
          {
            header: "Service",
            cell: (e) =>
              e.serviceId ? (
                <Link className="usa-link" href={`/platform-admin/services/${e.serviceId}`}>
                  {e.serviceName ?? "A deleted service"}
                </Link>
              ) : (
                "Account"
              ),
          },
        ]}
      />
      <Pagination currentPage={trail.page} totalPages={trail.pages} hrefForPage={href} />
    </div>
  );
}
