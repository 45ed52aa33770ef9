"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import { formText, type FormState } from "@/lib/forms/form-state";
import { acceptInvite } from "@/lib/services/invites/invites";

export async function acceptInviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return formAction({
    run: () => acceptInvite({ actor: user, token: formText(formData, "token") }),
    done: ({ serviceId }) => redirect(`/services/${serviceId}`),
  });
}
