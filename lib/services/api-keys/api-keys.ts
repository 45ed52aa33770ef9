// API keys for a service: create (the secret is shown once, in Notify's combined format), list,
// revoke. Needs "Manage API integration". A trial service can't have live keys.
import { randomUUID } from "node:crypto";
import { insertAuditEvent } from "../../db/audit";
import { insertApiKey, isApiKeyNameTaken, listApiKeys, revokeApiKey as revokeApiKeyRow, type ApiKeySummary } from "../../db/api-keys";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { encrypt } from "../../security/encryption";
import type { SessionUser } from "../auth/sessions";
import { clearApiAuthCache } from "./authenticate";
import { requireServiceAccess } from "../service/service-access";
import { looksLikeId } from "../../domain/ids";

export type ApiKeyType = "normal" | "team" | "test";

export const API_KEY_ERRORS = {
  name: "Enter a name for this key",
  nameTooLong: "Key name must be 255 characters or fewer",
  nameTaken: "You already have an API key with this name",
  type: "Select a type of key",
  liveInTrial: "You cannot create a live key while your service is in trial mode",
} as const;

type Actor = { actor: SessionUser; serviceId: string };

export async function getApiKeys({ actor, serviceId }: Actor): Promise<{ service: { id: string; name: string; restricted: boolean }; keys: ApiKeySummary[] }> {
  const { service } = await requireServiceAccess({ actor, serviceId, permission: "manage_api_keys" });
  return { service, keys: await listApiKeys(serviceId) };
}

/** Creates a key and returns it once as `{name}-{service id}-{secret}`; only the encrypted secret is kept. */
export async function createApiKey({ actor, serviceId, name, keyType }: Actor & { name: string; keyType: ApiKeyType }): Promise<{ keyId: string; combinedKey: string }> {
  const { service } = await requireServiceAccess({ actor, serviceId, permission: "manage_api_keys" });
  const cleanName = name.trim().replace(/\s+/g, " ");
  if (!cleanName) throw new AppError("VALIDATION", "no name", { fieldErrors: { name: API_KEY_ERRORS.name } });
  if (cleanName.length > 255) throw new AppError("VALIDATION", "long name", { fieldErrors: { name: API_KEY_ERRORS.nameTooLong } });
  if (keyType === "normal" && service.restricted) throw new AppError("VALIDATION", "live key in trial", { fieldErrors: { keyType: API_KEY_ERRORS.liveInTrial } });
  if (await isApiKeyNameTaken(serviceId, cleanName)) throw new AppError("VALIDATION", "name taken", { fieldErrors: { name: API_KEY_ERRORS.nameTaken } });
  const secret = randomUUID();
  const { id } = await insertApiKey({ serviceId, name: cleanName, keyType, secretEncrypted: encrypt(secret, getEnv().ENCRYPTION_KEY), createdById: actor.userId });
  await insertAuditEvent({ eventType: "api-key-created", userId: actor.userId, serviceId, apiKeyId: id, data: { keyType } });
  const keyName = cleanName.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "key";
  return { keyId: id, combinedKey: `${keyName}-${serviceId}-${secret}` };
}

export async function revokeApiKey({ actor, serviceId, keyId }: Actor & { keyId: string }): Promise<void> {
  await requireServiceAccess({ actor, serviceId, permission: "manage_api_keys" });
  if (!looksLikeId(keyId) || !(await revokeApiKeyRow(serviceId, keyId))) throw new AppError("NOT_FOUND", "no active key");
  // This process stops accepting it at once; others within the authentication cache's 5 seconds.
  clearApiAuthCache();
  await insertAuditEvent({ eventType: "api-key-revoked", userId: actor.userId, serviceId, apiKeyId: keyId });
}
