import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { hasUiPermission, UI_PERMISSIONS, type UiPermission } from "@/lib/domain/permissions";
import { getTeam } from "@/lib/services/invites/invites";
import { cancelInviteAction } from "./actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Team members" };

function permissionLabels(stored: string[]): string {
  const groups = (Object.keys(UI_PERMISSIONS) as UiPermission[]).filter((g) => hasUiPermission(stored as never, g));
  return groups.length ? groups.map((g) => UI_PERMISSIONS[g].label).join(", ") : "Can see sent messages";
}

export default async function TeamPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId);
  const team = await orNotFound(getTeam({ actor: user, serviceId }), HIDDEN);
  const flags = await searchParams;
  return (
    <div>
      {flags.invited ? <Alert type="success" heading="Invitation sent" /> : null}
      {flags.cancelled ? <Alert type="success" heading="Invitation cancelled" /> : null}
      {flags.updated ? <Alert type="success" heading="Permissions updated" /> : null}
      {flags.removed ? <Alert type="success" heading="Team member removed" /> : null}
      <h1 className="margin-top-0">Team members</h1>
      {team.canManage ? (
        <p>
          <Link className="usa-button" href={`/services/${serviceId}/team/invite`}>
            Invite a team member
          </Link>
        </p>
      ) : null}
      <Table
        caption="People who can use this service"
        rows={team.members}
        rowKey={(member) => member.userId}
        columns={[
          { header: "Name", isRowHeader: true, cell: (member) => member.name },
          { header: "Email address", cell: (member) => member.emailAddress },
          { header: "Permissions", cell: (member) => permissionLabels(member.permissions) },
          ...(team.canManage
            ? [
                {
                  header: "Actions",
                  isHeaderHidden: true,
                  cell: (member: (typeof team.members)[number]) =>
                    member.userId === user.userId ? (
                      <span className="usa-hint">You</span>
                    ) : (
                      <Link className="usa-link" href={`/services/${serviceId}/team/${member.userId}`}>
                        Change<span className="usa-sr-only"> permissions for {member.name}</span>
                      </Link>
                    ),
                },
              ]
            : []),
        ]}
      />
      {team.canManage && team.invites.length > 0 ? (
        <Table
          caption="Invitations waiting to be accepted"
          rows={team.invites}
          rowKey={(invite) => invite.id}
          columns={[
            { header: "Email address", isRowHeader: true, cell: (invite) => invite.emailAddress },
            { header: "Expires", cell: (invite) => invite.expiresAt.toISOString().slice(0, 10) },
            {
              header: "Actions",
              isHeaderHidden: true,
              cell: (invite) => (
                <form action={cancelInviteAction.bind(null, serviceId, invite.id)}>
                  <button className="usa-button usa-button--unstyled" type="submit">
                    Cancel invitation<span className="usa-sr-only"> for {invite.emailAddress}</span>
                  </button>
                </form>
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
