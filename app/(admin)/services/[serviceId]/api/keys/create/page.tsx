import type { Metadata } from "next";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { createApiKeyAction } from "../actions";
import { CreateKeyForm } from "./create-key-form";

export const metadata: Metadata = { title: "Create an API key" };

export default async function Page({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { service } = await requireServicePage(serviceId, "manage_api_keys");
  return (
    <div>
      <BackLink href={`/services/${serviceId}/api/keys`}>Back to API keys</BackLink>
      <h1 className="margin-top-0">Create an API key</h1>
      <CreateKeyForm action={createApiKeyAction.bind(null, serviceId)} trialMode={service.restricted} keysHref={`/services/${serviceId}/api/keys`} />
    </div>
  );
}
