import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { BackLink } from "@/components/uswds/back-link";
import { getUserForPlatformAdmin } from "@/lib/services/platform-admin/users";
import { ButtonForm } from "../../_components/button-form";
import { requirePlatformAdminPage } from "../../_components/require-platform-admin-page";
import { reactivateUserAction, suspendUserAction } from "../../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "User – Platform admin" };

const DONE: Record<string, string> = {
  suspended: "The user has been suspended and signed out",
  reactivated: "The user has been reactivated",
};

const STATE = { active: "Active", pending: "Not confirmed yet", inactive: "Suspended" } as const;

export default async function PlatformAdminUserPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePlatformAdminPage();
  const { userId } = await params;
  const user = await orNotFound(getUserForPlatformAdmin({ actor, userId }), HIDDEN);
  const done = (await searchParams).done;
  return (
    <div>
      <BackLink href={`/platform-admin/users?email=${encodeURIComponent(user.emailAddress)}`}>Back to find a user</BackLink>
      {typeof done === "string" && DONE[done] ? <Alert type="success" heading={DONE[done]} /> : null}
      <h1 className="margin-top-0">{user.name}</h1>
      <ul className="usa-list">
        <li>Email address: {user.emailAddress}</li>
        <li>Mobile number: {user.mobileNumber ?? "Not set"}</li>
        <li>State: {STATE[user.state]}</li>
        <li>Last signed in: {user.loggedInAt ? user.loggedInAt.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "Never"}</li>
        {user.platformAdmin ? <li>Platform admin</li> : null}
      </ul>
      <h2>Services</h2>
      {user.services.length ? (
        <ul className="usa-list">
          {user.services.map((s) => (
            <li key={s.id}>
              <Link className="usa-link" href={`/platform-admin/services/${s.id}`}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Not a member of any service.</p>
      )}
      {user.id === actor.userId ? null : user.state === "active" ? (
        <>
          <h2>Suspend this user</h2>
          <p>They will be signed out at once and won’t be able to sign in until you reactivate them.</p>
          <ButtonForm action={suspendUserAction.bind(null, user.id)} submitLabel="Suspend user" />
        </>
      ) : user.state === "inactive" ? (
        <>
          <h2>Reactivate this user</h2>
          <ButtonForm action={reactivateUserAction.bind(null, user.id)} submitLabel="Reactivate user" />
        </>
      ) : null}
    </div>
  );
}
