import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { SettingsPage } from "../_components/settings-page";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Text message senders" };

const CHANGED: Record<string, string> = {
  "sms-sender-added": "Text message sender added",
  "sms-sender-changed": "Text message sender changed",
  "sms-sender-deleted": "Text message sender deleted",
};

export default async function SmsSendersPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  const changed = (await searchParams).changed;
  const base = `/services/${serviceId}/service-settings/sms-senders`;
  return (
    <SettingsPage title="Text message senders" back={`/services/${serviceId}/service-settings`}>
      {typeof changed === "string" && CHANGED[changed] ? <Alert type="success" heading={CHANGED[changed]} /> : null}
      <p>Who your text messages come from. Messages use the default sender unless you choose another one.</p>
      <Table
        caption="Text message senders"
        isCaptionHidden
        rowKey={(s) => s.id}
        emptyText="You have not added a text message sender yet."
        rows={settings.smsSenders}
        columns={[
          { header: "Sender", isRowHeader: true, cell: (s) => s.smsSender },
          { header: "Default", cell: (s) => (s.isDefault ? "Default" : "") },
          { header: "Origination identity", cell: (s) => s.originationIdentity ?? "Provider default" },
          { header: "Messages per second", cell: (s) => (s.messagesPerSecond === null ? "Provider default" : String(s.messagesPerSecond)) },
          {
            header: "Action",
            cell: (s) => (
              <Link className="usa-link" href={`${base}/${s.id}`}>
                Change<span className="usa-sr-only"> {s.smsSender}</span>
              </Link>
            ),
          },
        ]}
      />
      <p>
        <Link className="usa-button" href={`${base}/add`}>
          Add text message sender
        </Link>
      </p>
    </SettingsPage>
  );
}
