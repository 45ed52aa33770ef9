import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { OnOffForm } from "../_components/on-off-form";
import { SettingsPage } from "../_components/settings-page";
import { changeInternationalSmsAction } from "../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Send text messages to international numbers" };

export default async function InternationalSmsPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  return (
    <SettingsPage title="Send text messages to international numbers" back={`/services/${serviceId}/service-settings`}>
      <OnOffForm
        action={changeInternationalSmsAction.bind(null, serviceId)}
        id="internationalSms"
        label="Send text messages to phone numbers outside the US?"
        hint="International messages may cost more and count against a separate daily limit."
        isOn={settings.internationalSms}
      />
    </SettingsPage>
  );
}
