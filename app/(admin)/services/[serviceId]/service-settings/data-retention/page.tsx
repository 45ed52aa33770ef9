import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { DataRetentionForm } from "../_components/data-retention-form";
import { SettingsPage } from "../_components/settings-page";
import { changeDataRetentionAction } from "../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Data retention" };

export default async function DataRetentionPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  return (
    <SettingsPage title="Data retention" back={`/services/${serviceId}/service-settings`}>
      <p>How long we keep who you sent each message to and what it said. After that we keep only counts. The default is 7 days.</p>
      <DataRetentionForm action={changeDataRetentionAction.bind(null, serviceId)} current={settings.dataRetention} />
    </SettingsPage>
  );
}
