import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/expected-errors";
import { requireServicePage } from "@/lib/auth/session";
import { APP_ERROR_CODES } from "@/lib/errors";
import { getContactList } from "@/lib/services/bulk/contact-lists";
import { deleteContactListAction } from "../../actions";

export const metadata: Metadata = { title: "Delete contact list" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; listId: string }> }) {
  const { serviceId, listId } = await params;
  const { user } = await requireServicePage(serviceId, "send_messages");
  const { list } = await orNotFound(getContactList({ actor: user, serviceId, listId }), APP_ERROR_CODES);
  return (
    <div>
      <h1 className="margin-top-0">Delete ‘{list.originalFileName}’?</h1>
      <p>The saved list and its file will be deleted. Messages already sent to it are not affected. This cannot be undone.</p>
      <form action={deleteContactListAction.bind(null, serviceId, listId)}>
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <button className="usa-button usa-button--secondary" type="submit">
              Yes, delete this list
            </button>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--unstyled" href={`/services/${serviceId}/contact-lists/${listId}`}>
              No, keep it
            </Link>
          </li>
        </ul>
      </form>
    </div>
  );
}
