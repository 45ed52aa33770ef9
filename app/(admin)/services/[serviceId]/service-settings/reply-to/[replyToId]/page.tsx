import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { requireServicePage } from "@/lib/auth/session";
import { getEmailReplyTo } from "@/lib/services/settings/reply-to";
import { ConfirmForm } from "../../_components/confirm-form";
import { ReplyToForm } from "../../_components/reply-to-form";
import { SettingsPage } from "../../_components/settings-page";
import { deleteEmailReplyToAction, updateEmailReplyToAction } from "../../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Change reply-to email address" };

export default async function ReplyToAddressPage({ params, searchParams }: { params: Promise<{ serviceId: string; replyToId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId, replyToId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const replyTo = await orNotFound(getEmailReplyTo({ actor: user, serviceId, replyToId }), HIDDEN);
  const isConfirmingDelete = (await searchParams).delete === "1";
  const here = `/services/${serviceId}/service-settings/reply-to/${replyToId}`;
  return (
    <SettingsPage title="Change reply-to email address" back={`/services/${serviceId}/service-settings/reply-to`} backLabel="Back to reply-to email addresses">
      {isConfirmingDelete && !replyTo.isDefault ? (
        <Alert type="warning" heading={`Are you sure you want to delete ${replyTo.emailAddress}?`}>
          <p>Replies will no longer go to it.</p>
          <ConfirmForm action={deleteEmailReplyToAction.bind(null, serviceId, replyToId)} submitLabel="Yes, delete" />
        </Alert>
      ) : null}
      {replyTo.isDefault ? <p>This is your default reply-to email address. To change the default, make another address the default.</p> : null}
      <ReplyToForm action={updateEmailReplyToAction.bind(null, serviceId, replyToId)} isDefault={replyTo.isDefault} submitLabel="Save" current={replyTo.emailAddress} />
      {replyTo.isDefault || isConfirmingDelete ? null : (
        <p className="margin-top-4">
          <Link className="usa-link text-secondary-dark" href={`${here}?delete=1`}>
            Delete this reply-to email address
          </Link>
        </p>
      )}
    </SettingsPage>
  );
}
