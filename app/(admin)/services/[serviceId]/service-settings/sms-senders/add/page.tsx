import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { SettingsPage } from "../../_components/settings-page";
import { SmsSenderForm } from "../../_components/sms-sender-form";
import { addSmsSenderAction } from "../../actions";

export const metadata: Metadata = { title: "Add a text message sender" };

export default async function AddSmsSenderPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  await requireServicePage(serviceId, "manage_service");
  return (
    <SettingsPage title="Add a text message sender" back={`/services/${serviceId}/service-settings/sms-senders`} backLabel="Back to text message senders">
      <SmsSenderForm action={addSmsSenderAction.bind(null, serviceId)} isDefault={false} submitLabel="Add" />
    </SettingsPage>
  );
}
