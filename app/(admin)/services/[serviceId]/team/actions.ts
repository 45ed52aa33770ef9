"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { inviteTeamMemberSchema } from "@/lib/schemas/services";
import { cancelInvite, inviteTeamMember } from "@/lib/services/invites/invites";

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
