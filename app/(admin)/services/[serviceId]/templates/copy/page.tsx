import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { listCopyableTemplates } from "@/lib/services/templates/templates";

export const metadata: Metadata = { title: "Copy an existing template" };

export default async function Page({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_templates");
  const groups = await listCopyableTemplates({ actor: user, serviceId });
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates`}>Back to templates</BackLink>
      <h1 className="margin-top-0">Copy an existing template</h1>
      {groups.length === 0 ? <p>None of your services have templates to copy yet.</p> : null}
      {groups.map((group) => (
        <section key={group.service.id} aria-labelledby={`service-${group.service.id}`}>
          <h2 id={`service-${group.service.id}`} className="font-sans-md">
            {group.service.id === serviceId ? `${group.service.name} (this service)` : group.service.name}
          </h2>
          <ul className="usa-list usa-list--unstyled">
            {group.templates.map((t) => (
              <li key={t.id} className="margin-bottom-1">
                <Link className="usa-link" href={`/services/${serviceId}/templates/new/${t.templateType}?copy=${group.service.id}:${t.id}`}>
                  {t.name}
                </Link>{" "}
                <span className="usa-hint">{t.templateType === "sms" ? "Text message template" : "Email template"}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
