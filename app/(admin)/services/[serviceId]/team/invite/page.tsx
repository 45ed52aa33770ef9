import type { Metadata } from "next";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { inviteTeamMemberAction } from "../actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invite a team member" };

export default async function InvitePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  await requireServicePage(serviceId, "manage_service");
  return (
    <div>
      <BackLink href={`/services/${serviceId}/team`}>Back to team members</BackLink>
      <h1 className="margin-top-0">Invite a team member</h1>
      <InviteForm action={inviteTeamMemberAction.bind(null, serviceId)} />
    </div>
  );
}
