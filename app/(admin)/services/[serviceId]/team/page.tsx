import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/uswds/alert";
import { requireServicePage } from "@/lib/auth/session";
import { hasUiPermission, UI_PERMISSIONS, type UiPermission } from "@/lib/domain/permissions";
import { getTeam } from "@/lib/services/invites/invites";
import { cancelInviteAction } from "./actions";

export const metadata: Metadata = { title: "Team members" };

function permissionLabels(stored: string[]): string {
  const groups = (Object.keys(UI_PERMISSIONS) as UiPermission[]).filter((g) => hasUiPermission(stored as never, g));
  return groups.length ? groups.map((g) => UI_PERMISSIONS[g].label).join(", ") : "Can see sent messages";
}

export default async function TeamPage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId);
  const team = await getTeam({ actor: user, serviceId }).catch(() => notFound());
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
      <table className="usa-table usa-table--borderless">
        <caption>People who can use this service</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email address</th>
            <th scope="col">Permissions</th>
            {team.canManage ? (
              <th scope="col">
                <span className="usa-sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {team.members.map((member) => (
            <tr key={member.userId}>
              <th scope="row">{member.name}</th>
              <td>{member.emailAddress}</td>
              <td>{permissionLabels(member.permissions)}</td>
              {team.canManage ? (
                <td>
                  {member.userId === user.userId ? (
                    <span className="usa-hint">You</span>
                  ) : (
                    <Link className="usa-link" href={`/services/${serviceId}/team/${member.userId}`}>
                      Change<span className="usa-sr-only"> permissions for {member.name}</span>
                    </Link>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {team.canManage && team.invites.length > 0 ? (
        <table className="usa-table usa-table--borderless">
          <caption>Invitations waiting to be accepted</caption>
          <thead>
            <tr>
              <th scope="col">Email address</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="usa-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.invites.map((invite) => (
              <tr key={invite.id}>
                <th scope="row">{invite.emailAddress}</th>
                <td>{invite.expiresAt.toISOString().slice(0, 10)}</td>
                <td>
                  <form action={cancelInviteAction.bind(null, serviceId, invite.id)}>
                    <button className="usa-button usa-button--unstyled" type="submit">
                      Cancel invitation<span className="usa-sr-only"> for {invite.emailAddress}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
