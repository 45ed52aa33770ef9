"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { acceptInvite } from "@/lib/services/invites/invites";

export async function acceptInviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  let serviceId: string;
  try {
    ({ serviceId } = await acceptInvite({ actor: user, token: String(formData.get("token") ?? "") }));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, fieldErrors: {}, formError: error.userMessage };
    throw error;
  }
  redirect(`/services/${serviceId}`);
}
