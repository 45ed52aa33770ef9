"use client";
import { ActionForm } from "@/components/auth/action-form";
import { FileInput } from "@/components/uswds/file-input";
import type { FormAction } from "../../_components/types";

export function UploadLogoForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} fieldOrder={["logo"]} submitLabel="Upload logo">
      {({ error }) => <FileInput id="logo" label="Logo" hint="A PNG or JPEG image smaller than 2 MB. SVG files are not accepted." accept="image/png,image/jpeg" required error={error("logo")} />}
    </ActionForm>
  );
}
