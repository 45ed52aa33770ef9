import type { Metadata } from "next";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { inviteTeamMemberAction } from "../actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invite a team member" };

export default async function InvitePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { service } = await requireServicePage(serviceId, "manage_service");
  return (
    <div className="grid-container margin-y-4">
      <BackLink href={`/services/${serviceId}/team`}>Back to team members</BackLink>
      <p className="usa-hint margin-bottom-0">{service.name}</p>
      <h1 className="margin-top-05">Invite a team member</h1>
      <InviteForm action={inviteTeamMemberAction.bind(null, serviceId)} />
    </div>
  );
}
