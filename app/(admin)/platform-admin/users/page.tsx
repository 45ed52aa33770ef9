import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/uswds/table";
import { TextInput } from "@/components/uswds/text-input";
import { findUserSchema } from "@/lib/schemas/settings";
import { findUsers } from "@/lib/services/platform-admin/users";
import { requirePlatformAdminPage } from "../_components/require-platform-admin-page";

export const metadata: Metadata = { title: "Find a user – Platform admin" };

export default async function FindUserPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePlatformAdminPage();
  const { email } = await searchParams;
  const parsed = typeof email === "string" ? findUserSchema.safeParse({ email }) : null;
  const error = parsed && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  const users = parsed?.success ? await findUsers({ actor, email: parsed.data.email }) : null;
  return (
    <div>
      <h1>Find a user</h1>
      <form method="get" action="/platform-admin/users" className="usa-form usa-form--large" role="search" aria-label="Find a user">
        <TextInput id="email" label="Email address" hint="All or part of the address" type="search" autoComplete="off" spellCheck={false} required error={error} defaultValue={typeof email === "string" ? email : ""} />
        <button className="usa-button" type="submit">
          Search
        </button>
      </form>
      {users ? (
        <Table
          caption={`Users matching “${typeof email === "string" ? email.trim() : ""}”`}
          rowKey={(u) => u.id}
          rows={users}
          emptyText="No users found."
          columns={[
            {
              header: "Email address",
              isRowHeader: true,
              cell: (u) => (
                <Link className="usa-link" href={`/platform-admin/users/${u.id}`}>
                  {u.emailAddress}
                </Link>
              ),
            },
            { header: "Name", cell: (u) => u.name },
            { header: "State", cell: (u) => (u.state === "inactive" ? "Suspended" : u.state === "pending" ? "Not confirmed" : "Active") },
          ]}
        />
      ) : null}
    </div>
  );
}
