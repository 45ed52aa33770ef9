import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceEmailBranding } from "@/lib/services/email-branding/brandings";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";
import { EmailBrandingForm } from "../_components/email-branding-form";
import { SettingsPage } from "../_components/settings-page";
import { chooseEmailBrandingAction } from "../actions";

export const metadata: Metadata = { title: "Email branding" };

export default async function EmailBrandingPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const view = await orNotFound(getServiceEmailBranding({ actor: user, serviceId }), HIDDEN);
  return (
    <SettingsPage title="Email branding" back={`/services/${serviceId}/service-settings`}>
      <p>Your agency’s logo at the top of every email your service sends, so people know it’s from you. Text messages don’t change.</p>
      {view.chosenId === null && view.current ? <p>Your emails use your organisation’s branding, {view.current.name}, until you choose one.</p> : null}
      {view.options.length === 0 ? <p>There are no brandings to choose from yet. Ask the Notify team to add your agency’s.</p> : null}
      <EmailBrandingForm
        action={chooseEmailBrandingAction.bind(null, serviceId)}
        chosen={view.chosenId ?? (view.current ? "" : "none")}
        options={view.options.map((b) => ({ id: b.id, name: b.name, hint: [b.altText, b.bannerText].filter(Boolean).join(" – ") }))}
      />
    </SettingsPage>
  );
}
