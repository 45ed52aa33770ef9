import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateForm, type TemplateFormValues } from "@/components/templates/template-form";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { getTemplateFormContext, getTemplateToCopy } from "@/lib/services/templates/templates";
import { createTemplateAction } from "../../actions";
import { looksLikeId } from "@/lib/domain/ids";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "New template" };

const HEADINGS = { sms: "New text message template", email: "New email template" } as const;

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string; channel: string }>; searchParams: Promise<{ folder?: string; copy?: string }> }) {
  const { serviceId, channel } = await params;
  if (channel !== "sms" && channel !== "email") notFound();
  const { user } = await requireServicePage(serviceId, "manage_templates");
  const context = await getTemplateFormContext({ actor: user, serviceId });
  if (!context.profile.channels.includes(channel)) notFound();
  const { folder, copy } = await searchParams;
  const folderId = typeof folder === "string" && looksLikeId(folder) ? folder : null;
  let initial: TemplateFormValues = { name: "", subject: "", content: "" };
  if (typeof copy === "string") {
    const [sourceServiceId = "", sourceTemplateId = ""] = copy.split(":");
    const source = await orNotFound(getTemplateToCopy({ actor: user, serviceId, sourceServiceId, sourceTemplateId }), HIDDEN);
    if (source.channel !== channel) notFound();
    initial = { name: source.name, subject: source.subject, content: source.content, category: source.category };
  }
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates`}>Back to templates</BackLink>
      <h1 className="margin-top-0">{HEADINGS[channel]}</h1>
      <TemplateForm action={createTemplateAction.bind(null, serviceId, channel)} channel={channel} initial={initial} smsPrefix={context.smsPrefix} folderId={folderId} />
    </div>
  );
}
