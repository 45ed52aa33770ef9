import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TemplateForm } from "@/components/templates/template-form";
import { BackLink } from "@/components/uswds/back-link";
import { loadTemplatePage } from "../../_components/load-template";
import { updateTemplateAction } from "../../actions";

export const metadata: Metadata = { title: "Edit template" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; templateId: string }> }) {
  const { serviceId, templateId } = await params;
  const { page } = await loadTemplatePage(serviceId, templateId, "manage_templates");
  if (page.template.archived) redirect(`/services/${serviceId}/templates/${templateId}`);
  const { template, profile } = page;
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates/${templateId}`}>{`Back to ${template.name}`}</BackLink>
      <h1 className="margin-top-0">Edit {template.templateType === "sms" ? "text message" : "email"} template</h1>
      <TemplateForm
        action={updateTemplateAction.bind(null, serviceId, templateId)}
        channel={template.templateType}
        initial={{ name: template.name, subject: template.subject ?? "", content: template.content, category: template.category, hasUnsubscribeLink: template.hasUnsubscribeLink }}
        smsPrefix={profile.prefixSms ? profile.name : null}
      />
    </div>
  );
}
