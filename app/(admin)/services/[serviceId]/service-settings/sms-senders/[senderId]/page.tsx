import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { requireServicePage } from "@/lib/auth/session";
import { getSmsSender } from "@/lib/services/settings/sms-senders";
import { ConfirmForm } from "../../_components/confirm-form";
import { SettingsPage } from "../../_components/settings-page";
import { SmsSenderForm } from "../../_components/sms-sender-form";
import { deleteSmsSenderAction, updateSmsSenderAction } from "../../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Change text message sender" };

export default async function SmsSenderPage({ params, searchParams }: { params: Promise<{ serviceId: string; senderId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId, senderId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const sender = await orNotFound(getSmsSender({ actor: user, serviceId, senderId }), HIDDEN);
  const isConfirmingDelete = (await searchParams).delete === "1";
  const here = `/services/${serviceId}/service-settings/sms-senders/${senderId}`;
  return (
    <SettingsPage title="Change text message sender" back={`/services/${serviceId}/service-settings/sms-senders`} backLabel="Back to text message senders">
      {isConfirmingDelete && !sender.isDefault ? (
        <Alert type="warning" heading={`Are you sure you want to delete ${sender.smsSender}?`}>
          <p>Messages will no longer be sent from it.</p>
          <ConfirmForm action={deleteSmsSenderAction.bind(null, serviceId, senderId)} submitLabel="Yes, delete" />
        </Alert>
      ) : null}
      {sender.isDefault ? <p>This is your default text message sender. To change the default, make another sender the default.</p> : null}
      <SmsSenderForm
        action={updateSmsSenderAction.bind(null, serviceId, senderId)}
        isDefault={sender.isDefault}
        submitLabel="Save"
        current={{ smsSender: sender.smsSender, originationIdentity: sender.originationIdentity ?? "", messagesPerSecond: sender.messagesPerSecond === null ? "" : String(sender.messagesPerSecond) }}
      />
      {sender.isDefault || isConfirmingDelete ? null : (
        <p className="margin-top-4">
          <Link className="usa-link text-secondary-dark" href={`${here}?delete=1`}>
            Delete this text message sender
          </Link>
        </p>
      )}
    </SettingsPage>
  );
}
