import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { OnOffForm } from "../_components/on-off-form";
import { SettingsPage } from "../_components/settings-page";
import { changeSmsPrefixAction } from "../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Start text messages with your service name" };

export default async function SmsPrefixPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  return (
    <SettingsPage title="Start text messages with your service name" back={`/services/${serviceId}/service-settings`}>
      <p>This helps people know who the message is from, like “{settings.name}: Your appointment is tomorrow.”</p>
      <OnOffForm action={changeSmsPrefixAction.bind(null, serviceId)} id="prefixSms" label="Start each text message with your service name?" isOn={settings.prefixSms} />
    </SettingsPage>
  );
}
