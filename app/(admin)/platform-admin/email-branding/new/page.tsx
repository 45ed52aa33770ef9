import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/uswds/back-link";
import { listLogosForAdmin } from "@/lib/services/email-branding/logos";
import { requirePlatformAdminPage } from "../../_components/require-platform-admin-page";
import { BrandingForm } from "../_components/branding-form";
import { createEmailBrandingAction } from "../actions";

export const metadata: Metadata = { title: "Add a branding – Platform admin" };

export default async function NewBrandingPage() {
  const actor = await requirePlatformAdminPage();
  const logos = await listLogosForAdmin({ actor });
  return (
    <div>
      <BackLink href="/platform-admin/email-branding">Back to email branding</BackLink>
      <h1 className="margin-top-0">Add a branding</h1>
      {logos.length === 0 ? (
        <p>
          A branding needs a logo.{" "}
          <Link className="usa-link" href="/platform-admin/email-branding/upload-logo">
            Upload a logo
          </Link>{" "}
          first.
        </p>
      ) : (
        <BrandingForm action={createEmailBrandingAction} logos={logos.map((l) => ({ id: l.id, label: `${l.fileName} (${l.width} × ${l.height} pixels)` }))} />
      )}
    </div>
  );
}
