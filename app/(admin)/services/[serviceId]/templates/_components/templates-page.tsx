// The templates page, for the top level and for a folder: breadcrumbs, what's inside, and the
// buttons to add a template or folder (for members who can edit templates). ?category= shows one
// category's templates, and follows the user into folders.
import Link from "next/link";
import { orNotFound } from "@/app/_lib/expected-errors";
import { Alert } from "@/components/uswds/alert";
import { Select } from "@/components/uswds/select";
import { requireServicePage } from "@/lib/auth/session";
import { CATEGORY_DESCRIPTIONS, TEMPLATE_CATEGORIES } from "@/lib/domain/templates/categories";
import { templateListFilterSchema } from "@/lib/schemas/templates";
import { listTemplatesPage } from "@/lib/services/templates/templates";
import { moveToFolderAction } from "../actions";
import { TemplateBrowser } from "./template-browser";

const TYPE_LABELS = { sms: "Text message template", email: "Email template" } as const;

export async function TemplatesPage({ serviceId, folderId, flags }: { serviceId: string; folderId: string | null; flags: Record<string, string | string[] | undefined> }) {
  const { user } = await requireServicePage(serviceId);
  const { category } = templateListFilterSchema.parse({ category: flags.category });
  const page = await orNotFound(listTemplatesPage({ actor: user, serviceId, folderId, category }));
  const base = `/services/${serviceId}/templates`;
  const folderQuery = page.folder ? `?folder=${page.folder.id}` : "";
  const filterQuery = category ? `?category=${category}` : "";
  const here = page.folder ? `${base}/folders/${page.folder.id}` : base;
  return (
    <div>
      {flags.deleted ? <Alert type="success" heading="Template deleted" /> : null}
      {flags.moved ? <Alert type="success" heading="Moved" /> : null}
      {page.breadcrumbs.length > 0 ? (
        <nav className="usa-breadcrumb padding-top-0" aria-label="Folders">
          <ol className="usa-breadcrumb__list">
            <li className="usa-breadcrumb__list-item">
              <Link className="usa-breadcrumb__link" href={`${base}${filterQuery}`}>
                Templates
              </Link>
            </li>
            {page.breadcrumbs.slice(0, -1).map((f) => (
              <li key={f.id} className="usa-breadcrumb__list-item">
                <Link className="usa-breadcrumb__link" href={`${base}/folders/${f.id}${filterQuery}`}>
                  {f.name}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <h1 className="margin-top-0">{page.folder ? page.folder.name : "Templates"}</h1>
      {page.canEdit ? (
        <ul className="usa-button-group margin-bottom-3">
          <li className="usa-button-group__item">
            <Link className="usa-button" href={`${base}/new${folderQuery}`}>
              New template
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" href={`${base}/add-folder${folderQuery}`}>
              New folder
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" href={`${base}/copy`}>
              Copy an existing template
            </Link>
          </li>
          {page.folder ? (
            <li className="usa-button-group__item">
              <Link className="usa-button usa-button--unstyled" href={`${base}/folders/${page.folder.id}/rename`}>
                Rename this folder
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      {page.totalTemplates > 0 ? (
        <form method="get" action={here} role="search" aria-label="Filter templates" className="usa-form margin-bottom-3">
          <Select
            id="category"
            label="Show templates for"
            defaultValue={category ?? ""}
            options={[{ value: "", label: "All categories" }, ...TEMPLATE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_DESCRIPTIONS[c].label }))]}
          />
          <button className="usa-button usa-button--outline margin-top-1" type="submit">
            Filter
          </button>
          {category ? (
            <p>
              <Link className="usa-link" href={here}>
                Show all templates
              </Link>
            </p>
          ) : null}
        </form>
      ) : null}
      {page.totalTemplates === 0 && page.folders.length === 0 && !page.folder ? (
        <p>{page.canEdit ? "You need a template to send messages from. Add one to get started." : "This service has no templates yet."}</p>
      ) : category && page.folders.length + page.templates.length === 0 ? (
        <p>{page.folder ? "There are no templates for this category in this folder." : "There are no templates for this category."}</p>
      ) : page.folders.length + page.templates.length === 0 ? (
        <p>This folder is empty.</p>
      ) : null}
      <TemplateBrowser
        canEdit={page.canEdit}
        folders={page.folders.map((f) => ({ id: f.id, name: f.name, templateCount: f.templateCount, href: `${base}/folders/${f.id}${filterQuery}` }))}
        templates={page.templates.map((t) => ({ id: t.id, name: t.name, typeLabel: `${TYPE_LABELS[t.templateType]} – ${CATEGORY_DESCRIPTIONS[t.category].label}`, href: `${base}/${t.id}` }))}
        moveTargets={page.moveTargets}
        moveAction={moveToFolderAction.bind(null, serviceId, page.folder?.id ?? null)}
      />
    </div>
  );
}
