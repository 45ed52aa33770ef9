import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/uswds/alert";
import { loadTemplatePage } from "../../_components/load-template";
import { archiveTemplateAction } from "../../actions";

export const metadata: Metadata = { title: "Delete template" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; templateId: string }> }) {
  const { serviceId, templateId } = await params;
  const { page } = await loadTemplatePage(serviceId, templateId, "manage_templates");
  if (page.template.archived) redirect(`/services/${serviceId}/templates/${templateId}`);
  return (
    <div>
      <h1 className="margin-top-0">Delete ‘{page.template.name}’?</h1>
      <Alert type="warning" heading="Are you sure you want to delete this template?">
        You will not be able to send messages with it. Messages already sent are not affected.
      </Alert>
      <form action={archiveTemplateAction.bind(null, serviceId, templateId)} className="margin-top-3">
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <button className="usa-button usa-button--secondary" type="submit">
              Yes, delete
            </button>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--unstyled" href={`/services/${serviceId}/templates/${templateId}`}>
              No, keep it
            </Link>
          </li>
        </ul>
      </form>
    </div>
  );
}
