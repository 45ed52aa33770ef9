import type { Metadata } from "next";
import { MessagePreview } from "@/components/templates/message-preview";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { getTemplateVersions } from "@/lib/services/templates/templates";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Previous versions" };

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "America/New_York" });

export default async function Page({ params }: { params: Promise<{ serviceId: string; templateId: string }> }) {
  const { serviceId, templateId } = await params;
  const { user } = await requireServicePage(serviceId);
  const { template, versions } = await orNotFound(getTemplateVersions({ actor: user, serviceId, templateId }), HIDDEN);
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates/${templateId}`}>{`Back to ${template.name}`}</BackLink>
      <h1 className="margin-top-0">Previous versions</h1>
      <p>Every change to ‘{template.name}’, newest first. Times are Eastern Time.</p>
      {versions.map((v) => (
        <section key={v.version} aria-labelledby={`version-${v.version}`} className="border-top-1px border-base-lighter padding-top-2 margin-top-3">
          <h2 id={`version-${v.version}`} className="font-sans-md margin-0">
            Version {v.version}
            {v.archived ? " (deleted)" : ""}
          </h2>
          <p className="usa-hint margin-top-05">
            {v.version === 1 ? "Created" : v.archived ? "Deleted" : "Changed"} by {v.createdByName} on <time dateTime={v.createdAt.toISOString()}>{dateTime.format(v.createdAt)}</time>
            {v.name !== template.name ? ` · named ‘${v.name}’` : ""}
          </p>
          <MessagePreview preview={v.preview} />
        </section>
      ))}
    </div>
  );
}
