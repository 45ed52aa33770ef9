import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { BackLink } from "@/components/uswds/back-link";
import { CATEGORY_DESCRIPTIONS } from "@/lib/domain/templates/categories";
import { LANE_DESCRIPTIONS } from "@/lib/domain/templates/delivery-order";
import { getTemplateForLane } from "@/lib/services/platform-admin/template-lanes";
import { requirePlatformAdminPage } from "../../../../_components/require-platform-admin-page";
import { TemplateLaneForm } from "../../../../_components/template-lane-form";
import { changeTemplateLaneAction } from "../../../../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Template delivery lane – Platform admin" };

export default async function TemplateLanePage({ params, searchParams }: { params: Promise<{ serviceId: string; templateId: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requirePlatformAdminPage();
  const { serviceId, templateId } = await params;
  const { service, template, lane, isOverridden } = await orNotFound(getTemplateForLane({ actor, serviceId, templateId }), HIDDEN);
  const category = CATEGORY_DESCRIPTIONS[template.category];
  const templateHref = `/services/${service.id}/templates/${template.id}`;
  return (
    <div>
      <BackLink href={templateHref}>{`Back to ${template.name}`}</BackLink>
      {(await searchParams).done ? <Alert type="success" heading="Delivery lane saved" /> : null}
      <h1 className="margin-top-0">Delivery lane for {template.name}</h1>
      <ul className="usa-list">
        <li>
          Service:{" "}
          <Link className="usa-link" href={`/platform-admin/services/${service.id}`}>
            {service.name}
          </Link>
        </li>
        <li>Category: {category.label}</li>
        <li>
          Delivered from the {LANE_DESCRIPTIONS[lane].label.toLowerCase()} lane {isOverridden ? "(chosen by a platform admin)" : "(as its category)"}
        </li>
      </ul>
      <TemplateLaneForm action={changeTemplateLaneAction.bind(null, service.id, template.id)} current={template.laneOverride} categoryLane={category.lane} categoryLabel={category.label} />
    </div>
  );
}
