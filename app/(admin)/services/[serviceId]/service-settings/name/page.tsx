import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { ServiceNameForm } from "../_components/service-name-form";
import { SettingsPage } from "../_components/settings-page";
import { changeServiceNameAction } from "../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Change your service name" };

export default async function ServiceNamePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  return (
    <SettingsPage title="Change your service name" back={`/services/${serviceId}/service-settings`}>
      <ServiceNameForm action={changeServiceNameAction.bind(null, serviceId)} current={settings.name} />
    </SettingsPage>
  );
}
