import type { Metadata } from "next";
import { Alert } from "@/components/uswds/alert";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { GUEST_LIST_MAX_EMAIL_ADDRESSES, GUEST_LIST_MAX_PHONE_NUMBERS } from "@/lib/domain/recipients/guest-list";
import { hasUiPermission } from "@/lib/domain/permissions";
import { getGuestList } from "@/lib/services/settings/guest-list";
import { updateGuestListAction } from "./actions";
import { GuestListForm } from "./guest-list-form";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Guest list" };

export default async function GuestListPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { user, permissions } = await requireServicePage(serviceId, "manage_api_keys");
  const guestList = await orNotFound(getGuestList({ actor: user, serviceId }), HIDDEN);
  const { saved } = await searchParams;
  const back = hasUiPermission(permissions, "manage_service") ? { href: `/services/${serviceId}/service-settings`, label: "Back to settings" } : { href: `/services/${serviceId}`, label: "Back to dashboard" };
  return (
    <div>
      <BackLink href={back.href}>{back.label}</BackLink>
      {saved ? <Alert type="success" heading="Guest list saved" /> : null}
      <h1 className="margin-top-0">Guest list</h1>
      <p>While your service is in trial mode, and when you use a team API key, you can only send messages to your team and to the people on this list.</p>
      <p>Add up to {GUEST_LIST_MAX_EMAIL_ADDRESSES} email addresses and {GUEST_LIST_MAX_PHONE_NUMBERS} mobile numbers. Leave the rest blank.</p>
      <GuestListForm action={updateGuestListAction.bind(null, serviceId)} current={guestList} emailSlots={GUEST_LIST_MAX_EMAIL_ADDRESSES} phoneSlots={GUEST_LIST_MAX_PHONE_NUMBERS} />
    </div>
  );
}
