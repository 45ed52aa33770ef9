import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { SettingsPage } from "../_components/settings-page";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Reply-to email addresses" };

const CHANGED: Record<string, string> = {
  "reply-to-added": "Reply-to email address added",
  "reply-to-changed": "Reply-to email address changed",
  "reply-to-deleted": "Reply-to email address deleted",
};

export default async function ReplyToPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  const changed = (await searchParams).changed;
  const base = `/services/${serviceId}/service-settings/reply-to`;
  return (
    <SettingsPage title="Reply-to email addresses" back={`/services/${serviceId}/service-settings`}>
      {typeof changed === "string" && CHANGED[changed] ? <Alert type="success" heading={CHANGED[changed]} /> : null}
      <p>Where replies to your emails go. Emails use the default address unless you choose another one.</p>
      <Table
        caption="Reply-to email addresses"
        isCaptionHidden
        rowKey={(r) => r.id}
        emptyText="You have not added a reply-to email address yet."
        rows={settings.emailReplyTos}
        columns={[
          { header: "Email address", isRowHeader: true, cell: (r) => r.emailAddress },
          { header: "Default", cell: (r) => (r.isDefault ? "Default" : "") },
          {
            header: "Action",
            cell: (r) => (
              <Link className="usa-link" href={`${base}/${r.id}`}>
                Change<span className="usa-sr-only"> {r.emailAddress}</span>
              </Link>
            ),
          },
        ]}
      />
      <p>
        <Link className="usa-button" href={`${base}/add`}>
          Add reply-to email address
        </Link>
      </p>
    </SettingsPage>
  );
}
