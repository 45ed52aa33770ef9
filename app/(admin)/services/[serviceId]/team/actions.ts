"use server";
import { redirect } from "next/navigation";
import { HIDDEN, redirectOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import { formText, type FormState } from "@/lib/forms/form-state";
import { editTeamMemberSchema, inviteTeamMemberSchema } from "@/lib/schemas/services";
import { cancelInvite, inviteTeamMember } from "@/lib/services/invites/invites";
import { changeMemberPermissions, removeMember } from "@/lib/services/service/team-members";

export async function inviteTeamMemberAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const emailAddress = formText(formData, "emailAddress");
  return formAction({
    schema: inviteTeamMemberSchema,
    input: { emailAddress, permissions: formData.getAll("permissions").map(String) },
    refill: { emailAddress },
    run: (input) => inviteTeamMember({ actor: user, serviceId, ...input }),
    onAppError: redirectOn(`/services/${serviceId}`, HIDDEN),
    done: () => redirect(`/services/${serviceId}/team?invited=1`),
  });
}

/** Back to the team page, also after an expected error (the invitation was accepted or cancelled already, say). */
export async function cancelInviteAction(serviceId: string, inviteId: string): Promise<void> {
  const user = await requireUser();
  const cancelled = () => redirect(`/services/${serviceId}/team?cancelled=1`);
  await formAction({ run: () => cancelInvite({ actor: user, serviceId, inviteId }), onAppError: cancelled, done: cancelled });
}

export async function changeMemberPermissionsAction(serviceId: string, userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return formAction({
    schema: editTeamMemberSchema,
    input: { permissions: formData.getAll("permissions").map(String) },
    run: (input) => changeMemberPermissions({ actor: user, serviceId, userId, permissions: input.permissions }),
    onAppError: redirectOn(`/services/${serviceId}/team`),
    done: () => redirect(`/services/${serviceId}/team?updated=1`),
  });
}

export async function removeMemberAction(serviceId: string, userId: string, _state: FormState, _formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return formAction({
    run: () => removeMember({ actor: user, serviceId, userId }),
    onAppError: redirectOn(`/services/${serviceId}/team`),
    done: () => redirect(`/services/${serviceId}/team?removed=1`),
  });
}
