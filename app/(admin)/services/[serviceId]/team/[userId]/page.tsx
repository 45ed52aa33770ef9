import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/uswds/back-link";
import { hasUiPermission, UI_PERMISSIONS, type UiPermission } from "@/lib/domain/permissions";
import { changeMemberPermissionsAction } from "../actions";
import { EditMemberForm } from "./edit-member-form";
import { loadMember } from "./load-member";

export const metadata: Metadata = { title: "Edit team member" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; userId: string }> }) {
  const { serviceId, userId } = await params;
  const { member } = await loadMember(serviceId, userId);
  const current = (Object.keys(UI_PERMISSIONS) as UiPermission[]).filter((g) => hasUiPermission(member.permissions, g));
  return (
    <div>
      <BackLink href={`/services/${serviceId}/team`}>Back to team members</BackLink>
      <h1 className="margin-top-0">{member.name}</h1>
      <p>{member.emailAddress}</p>
      <EditMemberForm action={changeMemberPermissionsAction.bind(null, serviceId, userId)} current={current} />
      <p className="margin-top-4">
        <Link className="usa-link text-secondary-dark" href={`/services/${serviceId}/team/${userId}/remove`}>
          Remove this team member
        </Link>
      </p>
    </div>
  );
}
