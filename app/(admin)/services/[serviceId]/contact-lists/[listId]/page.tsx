import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/expected-errors";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { APP_ERROR_CODES } from "@/lib/errors";
import { getContactList } from "@/lib/services/bulk/contact-lists";
import { sendToContactListAction } from "../actions";
import { CHANNEL_NAMES, formatDeletionDay } from "../_labels";
import { UseListForm } from "./use-list-form";

export const metadata: Metadata = { title: "Contact list" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; listId: string }> }) {
  const { serviceId, listId } = await params;
  const { user } = await requireServicePage(serviceId, "send_messages");
  const { list, templates } = await orNotFound(getContactList({ actor: user, serviceId, listId }), APP_ERROR_CODES);
  const kind = list.templateType === "sms" ? "text message" : "email";
  return (
    <div>
      <BackLink href={`/services/${serviceId}/contact-lists`}>Back to contact lists</BackLink>
      <h1 className="margin-top-0">{list.originalFileName}</h1>
      <dl>
        <dt className="text-bold">Rows</dt>
        <dd className="margin-left-0 margin-bottom-1">{list.rowCount.toLocaleString("en-US")}</dd>
        <dt className="text-bold">Type</dt>
        <dd className="margin-left-0 margin-bottom-1">{CHANNEL_NAMES[list.templateType]}</dd>
        <dt className="text-bold">Saved</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {formatDisplayTime(list.createdAt)}
          {list.createdByName ? ` by ${list.createdByName}` : ""}
        </dd>
        <dt className="text-bold">Deleted on</dt>
        <dd className="margin-left-0 margin-bottom-1">{formatDeletionDay(list.deletesOn)}</dd>
      </dl>
      <h2>Send to this list</h2>
      {templates.length === 0 ? (
        <p>
          You need a {kind} template to send to this list. <Link className="usa-link" href={`/services/${serviceId}/templates`}>Go to your templates</Link>.
        </p>
      ) : (
        <UseListForm action={sendToContactListAction.bind(null, serviceId, listId)} templates={templates.map((t) => ({ value: t.id, label: t.name }))} kind={kind} />
      )}
      <p className="margin-top-4">
        <Link className="usa-link text-secondary-dark" href={`/services/${serviceId}/contact-lists/${listId}/delete`}>
          Delete this contact list
        </Link>
      </p>
    </div>
  );
}
