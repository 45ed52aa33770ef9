import type { Metadata } from "next";
import Link from "next/link";
import { MessagePreview } from "@/components/templates/message-preview";
import { Alert } from "@/components/uswds/alert";
import { CATEGORY_DESCRIPTIONS } from "@/lib/domain/templates/categories";
import { describeSmsCharge, describeUnicodeCharacters } from "@/lib/domain/templates/template-rules";
import { loadTemplatePage } from "../_components/load-template";

export const metadata: Metadata = { title: "Template" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string; templateId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { serviceId, templateId } = await params;
  const { user, page } = await loadTemplatePage(serviceId, templateId);
  const { saved } = await searchParams;
  const { template, preview } = page;
  const base = `/services/${serviceId}/templates`;
  return (
    <div>
      {saved ? <Alert type="success" heading="Template saved" /> : null}
      <nav className="usa-breadcrumb padding-top-0" aria-label="Folders">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" href={base}>
              Templates
            </Link>
          </li>
          {page.breadcrumbs.map((f) => (
            <li key={f.id} className="usa-breadcrumb__list-item">
              <Link className="usa-breadcrumb__link" href={`${base}/folders/${f.id}`}>
                {f.name}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="margin-top-0">{template.name}</h1>
      <p className="usa-hint">{template.templateType === "sms" ? "Text message template" : "Email template"}</p>
      <p>
        Category: <strong>{CATEGORY_DESCRIPTIONS[template.category].label}</strong>
      </p>
      {user.platformAdmin && !template.archived ? (
        <p>
          <Link className="usa-link" href={`/platform-admin/services/${serviceId}/templates/${templateId}`}>
            Change the delivery lane (platform admin)
          </Link>
        </p>
      ) : null}
      {template.archived ? (
        <Alert type="warning" heading="This template has been deleted">
          It can’t be used to send messages. Messages already sent with it are unaffected.
        </Alert>
      ) : null}
      {page.canSend || page.canEdit ? (
        <ul className="usa-button-group">
          {page.canSend ? (
            <>
              <li className="usa-button-group__item">
                <Link className="usa-button" href={`/services/${serviceId}/send/${templateId}/one-off`}>
                  Use this template
                </Link>
              </li>
              <li className="usa-button-group__item">
                <Link className="usa-button usa-button--outline" href={`/services/${serviceId}/send/${templateId}/csv`}>
                  Upload a list of recipients
                </Link>
              </li>
            </>
          ) : null}
          {page.canEdit ? (
            <li className="usa-button-group__item">
              <Link className="usa-button usa-button--outline" href={`${base}/${templateId}/edit`}>
                Edit
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      <MessagePreview preview={preview} />
      {preview.channel === "sms" ? (
        <>
          <p>{describeSmsCharge(preview.count, page.placeholders.length > 0)}</p>
          {describeUnicodeCharacters(preview.count) ? <p className="usa-hint">{describeUnicodeCharacters(preview.count)}</p> : null}
        </>
      ) : null}
      <ul className="usa-list usa-list--unstyled margin-top-3">
        <li className="margin-bottom-1">
          <Link className="usa-link" href={`${base}/${templateId}/versions`}>
            See previous versions
          </Link>{" "}
          <span className="usa-hint">(version {template.version}, last changed {template.updatedAt.toISOString().slice(0, 10)})</span>
        </li>
        {page.canEdit ? (
          <li>
            <Link className="usa-link text-secondary-dark" href={`${base}/${templateId}/delete`}>
              Delete this template
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
