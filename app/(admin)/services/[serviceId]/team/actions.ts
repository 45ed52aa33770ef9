"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { editTeamMemberSchema, inviteTeamMemberSchema } from "@/lib/schemas/services";
import { cancelInvite, inviteTeamMember } from "@/lib/services/invites/invites";
import { changeMemberPermissions, removeMember } from "@/lib/services/services/team-members";

export async function inviteTeamMemberAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const emailAddress = String(formData.get("emailAddress") ?? "");
  const parsed = inviteTeamMemberSchema.safeParse({ emailAddress, permissions: formData.getAll("permissions").map(String) });
  if (!parsed.success) return fromZodError(parsed.error, {}, { emailAddress });
  try {
    await inviteTeamMember({ actor: user, serviceId, ...parsed.data });
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors) return fromAppError(error, { emailAddress });
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) redirect(`/services/${serviceId}`);
    throw error;
  }
  redirect(`/services/${serviceId}/team?invited=1`);
}

export async function cancelInviteAction(serviceId: string, inviteId: string): Promise<void> {
  const user = await requireUser();
  try {
    await cancelInvite({ actor: user, serviceId, inviteId });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  redirect(`/services/${serviceId}/team?cancelled=1`);
}

export async function changeMemberPermissionsAction(serviceId: string, userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = editTeamMemberSchema.safeParse({ permissions: formData.getAll("permissions").map(String) });
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await changeMemberPermissions({ actor: user, serviceId, userId, permissions: parsed.data.permissions });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect(`/services/${serviceId}/team`);
    if (error instanceof AppError) return fromAppError(error);
    throw error;
  }
  redirect(`/services/${serviceId}/team?updated=1`);
}

export async function removeMemberAction(serviceId: string, userId: string, _state: FormState, _formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    await removeMember({ actor: user, serviceId, userId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect(`/services/${serviceId}/team`);
    if (error instanceof AppError) return fromAppError(error);
    throw error;
  }
  redirect(`/services/${serviceId}/team?removed=1`);
}
