import type { Metadata } from "next";
import { BackLink } from "@/components/uswds/back-link";
import { requirePlatformAdminPage } from "../../_components/require-platform-admin-page";
import { UploadLogoForm } from "../_components/upload-logo-form";
import { uploadEmailLogoAction } from "../actions";

export const metadata: Metadata = { title: "Upload a logo – Platform admin" };

export default async function UploadLogoPage() {
  await requirePlatformAdminPage();
  return (
    <div>
      <BackLink href="/platform-admin/email-branding">Back to email branding</BackLink>
      <h1 className="margin-top-0">Upload a logo</h1>
      <p>Logos are public: anyone with an email that shows one can open its address. Use a logo at least twice the size it is shown (60 pixels tall) so it looks sharp on high-resolution screens.</p>
      <UploadLogoForm action={uploadEmailLogoAction} />
    </div>
  );
}
