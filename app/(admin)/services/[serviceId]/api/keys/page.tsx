import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { getApiKeys } from "@/lib/services/api-keys/api-keys";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "API keys" };

const TYPE_LABELS = { normal: "Live", team: "Team and guest list", test: "Test" } as const;
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "America/New_York" });

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<{ revoked?: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_api_keys");
  const { keys } = await orNotFound(getApiKeys({ actor: user, serviceId }), HIDDEN);
  const { revoked } = await searchParams;
  return (
    <div>
      {revoked ? <Alert type="success" heading="API key revoked" /> : null}
      <h1 className="margin-top-0">API keys</h1>
      <p>
        Partner systems use an API key to send messages through the <Link className="usa-link" href="/api-documentation">Notify API</Link>. Your service ID is <code>{serviceId}</code>.
      </p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <Link className="usa-button" href={`/services/${serviceId}/api/keys/create`}>
            Create an API key
          </Link>
        </li>
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--outline" href={`/services/${serviceId}/guest-list`}>
            Guest list
          </Link>
        </li>
      </ul>
      {keys.length === 0 ? (
        <p>You have not created any API keys yet.</p>
      ) : (
        <Table
          caption="API keys for this service"
          rows={keys}
          rowKey={(key) => key.id}
          columns={[
            { header: "Name", isRowHeader: true, cell: (key) => key.name },
            { header: "Type", cell: (key) => TYPE_LABELS[key.keyType] },
            { header: "Created", cell: (key) => `${date.format(key.createdAt)} by ${key.createdByName}` },
            {
              header: "Status",
              cell: (key) =>
                key.revokedAt ? (
                  `Revoked ${date.format(key.revokedAt)}`
                ) : (
                  <Link className="usa-link" href={`/services/${serviceId}/api/keys/${key.id}/revoke`}>
                    Revoke<span className="usa-sr-only"> {key.name}</span>
                  </Link>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
