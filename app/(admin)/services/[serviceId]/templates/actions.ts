"use server";
// Server actions for templates and folders. Each one checks the user and their permission for the
// service again (through lib/services), whatever the page showed.
import { redirect } from "next/navigation";
import { redirectOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction, pickFields } from "@/lib/forms/form-action";
import { formDataToObject, fromZodError, type FormState } from "@/lib/forms/form-state";
import { folderFormSchema, moveFormSchema, templateChannelSchema, templateFormSchema } from "@/lib/schemas/templates";
import { archiveTemplate, createFolder, createTemplate, moveToFolder, renameFolder, TEMPLATE_FOLDER_ERRORS, updateTemplate } from "@/lib/services/templates/templates";

function base(serviceId: string): string {
  return `/services/${serviceId}/templates`;
}

/** What a template form refills after a failure. */
const TEMPLATE_FIELDS = ["name", "subject", "content", "category", "hasUnsubscribeLink"];

/** Expected failures become form state; a page the user can't use sends them back to the templates list. */
const backToTemplates = (serviceId: string) => redirectOn(base(serviceId));

export async function chooseTemplateTypeAction(serviceId: string, folderId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  await requireUser();
  const parsed = templateChannelSchema.safeParse(formData.get("templateType") ?? undefined);
  if (!parsed.success) return { ok: false, fieldErrors: { templateType: parsed.error.issues[0]?.message ?? "Select the type of template you want to add" } };
  redirect(`${base(serviceId)}/new/${parsed.data}${folderId ? `?folder=${folderId}` : ""}`);
}

export async function createTemplateAction(serviceId: string, channel: "sms" | "email", _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  return formAction({
    schema: templateFormSchema,
    input: fields,
    refill: pickFields(fields, TEMPLATE_FIELDS),
    run: (input) => createTemplate({ actor: user, serviceId, input: { channel, ...input } }),
    onAppError: backToTemplates(serviceId),
    done: ({ templateId }) => redirect(`${base(serviceId)}/${templateId}?saved=1`),
  });
}

export async function updateTemplateAction(serviceId: string, templateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  return formAction({
    schema: templateFormSchema,
    input: fields,
    refill: pickFields(fields, TEMPLATE_FIELDS),
    run: (input) => updateTemplate({ actor: user, serviceId, templateId, input }),
    onAppError: backToTemplates(serviceId),
    done: () => redirect(`${base(serviceId)}/${templateId}?saved=1`),
  });
}

export async function archiveTemplateAction(serviceId: string, templateId: string): Promise<void> {
  const user = await requireUser();
  await formAction({
    run: () => archiveTemplate({ actor: user, serviceId, templateId }),
    onAppError: () => redirect(base(serviceId)),
    done: () => redirect(`${base(serviceId)}?deleted=1`),
  });
}

export async function createFolderAction(serviceId: string, parentId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const keep = { name: String(formData.get("name") ?? "") };
  return formAction({
    schema: folderFormSchema,
    input: { name: keep.name, parentId: parentId ?? undefined },
    refill: keep,
    run: (input) => createFolder({ actor: user, serviceId, name: input.name, parentId: input.parentId }),
    onAppError: backToTemplates(serviceId),
    done: ({ folderId }) => redirect(`${base(serviceId)}/folders/${folderId}`),
  });
}

export async function renameFolderAction(serviceId: string, folderId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const keep = { name: String(formData.get("name") ?? "") };
  return formAction({
    schema: folderFormSchema,
    input: { name: keep.name },
    refill: keep,
    run: (input) => renameFolder({ actor: user, serviceId, folderId, name: input.name }),
    onAppError: backToTemplates(serviceId),
    done: () => redirect(`${base(serviceId)}/folders/${folderId}`),
  });
}

export async function moveToFolderAction(serviceId: string, currentFolderId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = moveFormSchema.safeParse({
    templateIds: formData.getAll("templateIds").map(String),
    folderIds: formData.getAll("folderIds").map(String),
    moveTo: String(formData.get("moveTo") ?? ""),
  });
  const nothingChosen = formData.getAll("templateIds").length + formData.getAll("folderIds").length === 0;
  if (!parsed.success || nothingChosen) {
    const failure = parsed.success ? { ok: false as const, fieldErrors: {} } : fromZodError(parsed.error, { templateIds: "templates", folderIds: "templates" });
    return nothingChosen ? { ...failure, fieldErrors: { templates: TEMPLATE_FOLDER_ERRORS.chooseTemplates, ...failure.fieldErrors } } : failure;
  }
  const { templateIds, folderIds, moveTo } = parsed.data;
  return formAction({
    run: () => moveToFolder({ actor: user, serviceId, templateIds, folderIds, targetFolderId: moveTo }),
    onAppError: backToTemplates(serviceId),
    done: () => redirect(`${currentFolderId ? `${base(serviceId)}/folders/${currentFolderId}` : base(serviceId)}?moved=1`),
  });
}
