import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { getEmailBrandingAdminView } from "@/lib/services/email-branding/brandings";
import { logoPath } from "@/lib/services/email-branding/layout";
import { requirePlatformAdminPage } from "../_components/require-platform-admin-page";
import { OrganisationBrandingForm } from "./_components/organisation-branding-form";
import { setOrganisationBrandingAction } from "./actions";

export const metadata: Metadata = { title: "Email branding – Platform admin" };

const DONE: Record<string, string> = {
  logo: "Logo uploaded",
  branding: "Email branding added",
  organisation: "Organisation’s default branding saved",
};

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-US")} KB`;

export default async function EmailBrandingAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePlatformAdminPage();
  const view = await getEmailBrandingAdminView({ actor });
  const done = (await searchParams).done;
  const brandingNames = new Map(view.brandings.map((b) => [b.id, b.name]));
  return (
    <div>
      {typeof done === "string" && DONE[done] ? <Alert type="success" heading={DONE[done]} /> : null}
      <h1>Email branding</h1>
      <p>A branding puts an agency’s logo, and optionally a coloured banner, at the top of a service’s emails. Services choose from all the brandings here; the default is none.</p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <Link className="usa-button" href="/platform-admin/email-branding/new">
            Add a branding
          </Link>
        </li>
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--outline" href="/platform-admin/email-branding/upload-logo">
            Upload a logo
          </Link>
        </li>
      </ul>

      <Table
        caption="Brandings"
        rowKey={(b) => b.id}
        rows={view.brandings}
        emptyText="There are no brandings yet."
        columns={[
          { header: "Name", isRowHeader: true, cell: (b) => b.name },
          {
            header: "Logo",
            cell: (b) => (
              <img src={logoPath(b.logo.key)} alt={b.altText} height={30} width={Math.max(1, Math.round((b.logo.width * 30) / b.logo.height))} />
            ),
          },
          { header: "Alt text", cell: (b) => b.altText },
          { header: "Banner", cell: (b) => [b.bannerColour ?? "No colour", b.bannerText ? `“${b.bannerText}”` : "no text"].join(", ") },
        ]}
      />

      <Table
        caption="Logos"
        rowKey={(l) => l.id}
        rows={view.logos}
        emptyText="No logos have been uploaded yet."
        columns={[
          { header: "File", isRowHeader: true, cell: (l) => l.fileName },
          { header: "Type", cell: (l) => (l.contentType === "image/png" ? "PNG" : "JPEG") },
          { header: "Size", cell: (l) => `${l.width} × ${l.height} pixels, ${kb(l.byteLength)}` },
          {
            header: "Address",
            cell: (l) => (
              <Link className="usa-link" href={logoPath(l.key)}>
                View<span className="usa-sr-only"> {l.fileName}</span>
              </Link>
            ),
          },
        ]}
      />

      <h2>Organisations’ default branding</h2>
      {view.organisations.length === 0 ? (
        <p>There are no organisations yet, so each service’s own choice is the only setting.</p>
      ) : (
        <>
          <ul className="usa-list">
            {view.organisations.map((o) => (
              <li key={o.id}>
                {o.name}: {o.emailBrandingId ? (brandingNames.get(o.emailBrandingId) ?? "None") : "None"}
              </li>
            ))}
          </ul>
          <OrganisationBrandingForm action={setOrganisationBrandingAction} organisations={view.organisations} brandings={view.brandings} />
        </>
      )}
    </div>
  );
}
