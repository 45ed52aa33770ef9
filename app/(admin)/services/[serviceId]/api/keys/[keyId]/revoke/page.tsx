import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireServicePage } from "@/lib/auth/session";
import { getApiKeys } from "@/lib/services/api-keys/api-keys";
import { revokeApiKeyAction } from "../../actions";

export const metadata: Metadata = { title: "Revoke API key" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; keyId: string }> }) {
  const { serviceId, keyId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_api_keys");
  const { keys } = await getApiKeys({ actor: user, serviceId });
  const key = keys.find((k) => k.id === keyId && !k.revokedAt);
  if (!key) notFound();
  return (
    <div>
      <h1 className="margin-top-0">Revoke ‘{key.name}’?</h1>
      <p>Systems using this key will stop being able to send messages at once. This cannot be undone.</p>
      <form action={revokeApiKeyAction.bind(null, serviceId, keyId)}>
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <button className="usa-button usa-button--secondary" type="submit">
              Yes, revoke this key
            </button>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--unstyled" href={`/services/${serviceId}/api/keys`}>
              No, keep it
            </Link>
          </li>
        </ul>
      </form>
    </div>
  );
}
