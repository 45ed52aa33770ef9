import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { EmailFromForm } from "../_components/email-from-form";
import { SettingsPage } from "../_components/settings-page";
import { changeEmailFromAction } from "../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Change your email sender name" };

export default async function EmailSenderNamePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  const domain = settings.emailFromAddress.slice(settings.emailFromAddress.lastIndexOf("@") + 1);
  return (
    <SettingsPage title="Change your email sender name" back={`/services/${serviceId}/service-settings`}>
      <p>
        Your emails come from <strong>{settings.emailFromAddress}</strong>.
      </p>
      <EmailFromForm action={changeEmailFromAction.bind(null, serviceId)} current={settings.emailFrom} domain={domain} />
    </SettingsPage>
  );
}
