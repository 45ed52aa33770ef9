"use server";
// Server actions for templates and folders. Each one checks the user and their permission for the
// service again (through lib/services), whatever the page showed.
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { folderFormSchema, moveFormSchema, templateChannelSchema, templateFormSchema } from "@/lib/schemas/templates";
import { archiveTemplate, createFolder, createTemplate, moveToFolder, renameFolder, TEMPLATE_FOLDER_ERRORS, updateTemplate } from "@/lib/services/templates/templates";

function base(serviceId: string): string {
  return `/services/${serviceId}/templates`;
}

/** Expected failures become form state; a page the user can't use sends them back to the templates list. */
function handle(error: unknown, serviceId: string, values: Record<string, string>): FormState {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "NOT_FOUND") redirect(base(serviceId));
  return fromAppError(error, values);
}

export async function chooseTemplateTypeAction(serviceId: string, folderId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  await requireUser();
  const parsed = templateChannelSchema.safeParse(formData.get("templateType") ?? undefined);
  if (!parsed.success) return { ok: false, fieldErrors: { templateType: parsed.error.issues[0]?.message ?? "Select the type of template you want to add" } };
  redirect(`${base(serviceId)}/new/${parsed.data}${folderId ? `?folder=${folderId}` : ""}`);
}

export async function createTemplateAction(serviceId: string, channel: "sms" | "email", _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formDataToObject(formData);
  const keep = { name: values.name ?? "", subject: values.subject ?? "", content: values.content ?? "" };
  const parsed = templateFormSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  let templateId: string;
  try {
    ({ templateId } = await createTemplate({ actor: user, serviceId, input: { channel, ...parsed.data } }));
  } catch (error) {
    return handle(error, serviceId, keep);
  }
  redirect(`${base(serviceId)}/${templateId}?saved=1`);
}

export async function updateTemplateAction(serviceId: string, templateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formDataToObject(formData);
  const keep = { name: values.name ?? "", subject: values.subject ?? "", content: values.content ?? "" };
  const parsed = templateFormSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  try {
    await updateTemplate({ actor: user, serviceId, templateId, input: parsed.data });
  } catch (error) {
    return handle(error, serviceId, keep);
  }
  redirect(`${base(serviceId)}/${templateId}?saved=1`);
}

export async function archiveTemplateAction(serviceId: string, templateId: string): Promise<void> {
  const user = await requireUser();
  try {
    await archiveTemplate({ actor: user, serviceId, templateId });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(base(serviceId));
  }
  redirect(`${base(serviceId)}?deleted=1`);
}

export async function createFolderAction(serviceId: string, parentId: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const keep = { name: String(formData.get("name") ?? "") };
  const parsed = folderFormSchema.safeParse({ name: keep.name, parentId: parentId ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  let folderId: string;
  try {
    ({ folderId } = await createFolder({ actor: user, serviceId, name: parsed.data.name, parentId: parsed.data.parentId }));
  } catch (error) {
    return handle(error, serviceId, keep);
  }
  redirect(`${base(serviceId)}/folders/${folderId}`);
}

export async function renameFolderAction(serviceId: string, folderId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const keep = { name: String(formData.get("name") ?? "") };
  const parsed = folderFormSchema.safeParse({ name: keep.name });
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  try {
    await renameFolder({ actor: user, serviceId, folderId, name: parsed.data.name });
  } catch (error) {
    return handle(error, serviceId, keep);
  }
  redirect(`${base(serviceId)}/folders/${folderId}`);
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
  try {
    await moveToFolder({ actor: user, serviceId, templateIds: parsed.data.templateIds, folderIds: parsed.data.folderIds, targetFolderId: parsed.data.moveTo });
  } catch (error) {
    return handle(error, serviceId, {});
  }
  redirect(`${currentFolderId ? `${base(serviceId)}/folders/${currentFolderId}` : base(serviceId)}?moved=1`);
}
