import type { Metadata } from "next";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { getTemplateFormContext } from "@/lib/services/templates/templates";
import { chooseTemplateTypeAction } from "../actions";
import { ChooseTypeForm } from "../_components/choose-type-form";
import { looksLikeId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "New template" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<{ folder?: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_templates");
  const { profile } = await getTemplateFormContext({ actor: user, serviceId });
  const { folder } = await searchParams;
  const folderId = typeof folder === "string" && looksLikeId(folder) ? folder : null;
  const channels = (["sms", "email"] as const).filter((c) => profile.channels.includes(c));
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates`}>Back to templates</BackLink>
      <h1 className="margin-top-0">New template</h1>
      {channels.length === 0 ? <p>This service cannot send text messages or emails. Ask a platform admin to turn them on.</p> : <ChooseTypeForm action={chooseTemplateTypeAction.bind(null, serviceId, folderId)} channels={[...channels]} />}
    </div>
  );
}
