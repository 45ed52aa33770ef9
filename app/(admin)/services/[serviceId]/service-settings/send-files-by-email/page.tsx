import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { getServiceSettings } from "@/lib/services/settings/service-settings";
import { FilesContactForm } from "../_components/files-contact-form";
import { SettingsPage } from "../_components/settings-page";
import { changeFilesContactAction } from "../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Send files by email" };

export default async function SendFilesByEmailPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const settings = await orNotFound(getServiceSettings({ actor: user, serviceId }), HIDDEN);
  return (
    <SettingsPage title="Send files by email" back={`/services/${serviceId}/service-settings`}>
      <p>
        You can send files by email through the API: each file becomes a link to a download page. That page tells recipients how to contact your service if they
        have a problem, so you must add contact details before you can send files.
      </p>
      <FilesContactForm action={changeFilesContactAction.bind(null, serviceId)} current={settings.filesContact} />
    </SettingsPage>
  );
}
