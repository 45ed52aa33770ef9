import type { Metadata } from "next";
import { requireServicePage } from "@/lib/auth/session";
import { ReplyToForm } from "../../_components/reply-to-form";
import { SettingsPage } from "../../_components/settings-page";
import { addEmailReplyToAction } from "../../actions";

export const metadata: Metadata = { title: "Add a reply-to email address" };

export default async function AddReplyToPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  await requireServicePage(serviceId, "manage_service");
  return (
    <SettingsPage title="Add a reply-to email address" back={`/services/${serviceId}/service-settings/reply-to`} backLabel="Back to reply-to email addresses">
      <ReplyToForm action={addEmailReplyToAction.bind(null, serviceId)} isDefault={false} submitLabel="Add" />
    </SettingsPage>
  );
}
