"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { createApiKeySchema } from "@/lib/schemas/api-keys";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys/api-keys";

/** On success the state carries the new key: this response is the only time it is ever shown. */
export async function createApiKeyAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const keep = { name: String(formData.get("name") ?? "") };
  const parsed = createApiKeySchema.safeParse({ name: keep.name, keyType: formData.get("keyType") ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  try {
    const { combinedKey } = await createApiKey({ actor: user, serviceId, name: parsed.data.name, keyType: parsed.data.keyType });
    return { ok: true, message: combinedKey };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect(`/services/${serviceId}`);
    if (error instanceof AppError) return fromAppError(error, keep);
    throw error;
  }
}

/** "API key revoked" only when one was: not for another service's key, nor one already revoked. */
export async function revokeApiKeyAction(serviceId: string, keyId: string): Promise<void> {
  const user = await requireUser();
  let isRevoked = false;
  try {
    await revokeApiKey({ actor: user, serviceId, keyId });
    isRevoked = true;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  redirect(`/services/${serviceId}/api/keys${isRevoked ? "?revoked=1" : ""}`);
}
