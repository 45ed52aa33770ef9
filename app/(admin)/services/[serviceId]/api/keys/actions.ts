"use server";
import { redirect } from "next/navigation";
import { redirectOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import { formText, type FormState } from "@/lib/forms/form-state";
import { createApiKeySchema } from "@/lib/schemas/api-keys";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys/api-keys";

/** On success the state carries the new key: this response is the only time it is ever shown. */
export async function createApiKeyAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const keep = { name: formText(formData, "name") };
  return formAction({
    schema: createApiKeySchema,
    input: { name: keep.name, keyType: formData.get("keyType") ?? undefined },
    refill: keep,
    run: (input) => createApiKey({ actor: user, serviceId, name: input.name, keyType: input.keyType }),
    onAppError: redirectOn(`/services/${serviceId}`),
    done: ({ combinedKey }) => ({ ok: true, message: combinedKey }),
  });
}

/** "API key revoked" only when one was: not for another service's key, nor one already revoked. */
export async function revokeApiKeyAction(serviceId: string, keyId: string): Promise<void> {
  const user = await requireUser();
  const keys = `/services/${serviceId}/api/keys`;
  await formAction({ run: () => revokeApiKey({ actor: user, serviceId, keyId }), onAppError: () => redirect(keys), done: () => redirect(`${keys}?revoked=1`) });
}
