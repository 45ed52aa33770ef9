import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/expected-errors";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { formatDisplayTime } from "@/lib/domain/notifications/schedule";
import { APP_ERROR_CODES } from "@/lib/errors";
import { getContactLists } from "@/lib/services/bulk/contact-lists";
import { CHANNEL_NAMES, formatDeletionDay } from "./_labels";

export const metadata: Metadata = { title: "Contact lists" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  const { serviceId } = await params;
  const { saved, deleted } = await searchParams;
  const { user } = await requireServicePage(serviceId, "send_messages");
  const lists = await orNotFound(getContactLists({ actor: user, serviceId }), APP_ERROR_CODES);
  return (
    <div>
      {saved ? <Alert type="success" heading="Contact list saved">You can now use it with any template of the same type.</Alert> : null}
      {deleted ? <Alert type="success" heading="Contact list deleted" /> : null}
      <h1 className="margin-top-0">Contact lists</h1>
      <p>Save a list of recipients from the page where you check a spreadsheet, then send it again with other templates. Lists are deleted automatically when your service’s data retention period ends.</p>
      {lists.length === 0 ? (
        <p>You have not saved any contact lists yet.</p>
      ) : (
        <Table
          caption="Saved contact lists, newest first"
          rows={lists}
          rowKey={(list) => list.id}
          columns={[
            {
              header: "List",
              isRowHeader: true,
              cell: (list) => (
                <Link className="usa-link" href={`/services/${serviceId}/contact-lists/${list.id}`}>
                  {list.originalFileName}
                </Link>
              ),
            },
            { header: "Rows", cell: (list) => list.rowCount.toLocaleString("en-US") },
            { header: "Type", cell: (list) => CHANNEL_NAMES[list.templateType] },
            { header: "Saved", cell: (list) => `${formatDisplayTime(list.createdAt)}${list.createdByName ? ` by ${list.createdByName}` : ""}` },
            { header: "Deleted on", cell: (list) => formatDeletionDay(list.deletesOn) },
          ]}
        />
      )}
    </div>
  );
}
