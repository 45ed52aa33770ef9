"use server";
// Server actions for email branding (platform admins only; each service function checks that):
// upload a logo, add a branding, set an organisation's default.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { notFoundOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction, pickFields } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import { createEmailBrandingSchema, LOGO_UPLOAD_ERRORS, organisationBrandingSchema } from "@/lib/schemas/email-branding";
import { createEmailBranding, setOrganisationDefaultBranding } from "@/lib/services/email-branding/brandings";
import { uploadEmailLogo } from "@/lib/services/email-branding/logos";

const onAppError = notFoundOn();

function done(what: string): never {
  revalidatePath("/platform-admin/email-branding", "layout");
  redirect(`/platform-admin/email-branding?done=${what}`);
}

export async function uploadEmailLogoAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const file = formData.get("logo");
  if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { logo: LOGO_UPLOAD_ERRORS.noFile } };
  return formAction({
    run: async () => uploadEmailLogo({ actor, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
    onAppError,
    done: () => done("logo"),
  });
}

export async function createEmailBrandingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = pickFields(formDataToObject(formData), ["name", "logoId", "altText", "bannerColour", "bannerText"]);
  return formAction({ schema: createEmailBrandingSchema, input: values, refill: values, run: (input) => createEmailBranding({ actor, input }), onAppError, done: () => done("branding") });
}

export async function setOrganisationBrandingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = pickFields(formDataToObject(formData), ["organisationId", "emailBranding"]);
  return formAction({ schema: organisationBrandingSchema, input: values, refill: values, run: (input) => setOrganisationDefaultBranding({ actor, input }), onAppError, done: () => done("organisation") });
}
