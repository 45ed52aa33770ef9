// Notify's API authentication (spec §6.3): "Authorization: Bearer <JWT>", HS256 signed with one of
// the service's key secrets, `iss` = service id, `iat` within 30 seconds. Every failure is an
// AuthError with Notify's exact message (401 when the header is missing or not Bearer, else 403).
import { findServiceForApi, touchApiKey, type ServiceForApi } from "../../db/api-keys";
import { serviceCache } from "../../db/service-changes";
import { encryptionKeys } from "../../env";
import { AppError } from "../../errors";
import { decrypt } from "../../security/encryption";
import { decodeJwt, hasValidHs256Signature } from "../../security/jwt";
import { processSingleton } from "../../process-singleton";

export const AUTH_ERRORS = {
  noToken: "Unauthorized: authentication token must be provided",
  notBearer: "Unauthorized: authentication bearer scheme must be used",
  general: "Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header",
  noIss: "Invalid token: iss field not provided",
  issType: "Invalid token: service id is not the right data type",
  serviceNotFound: "Invalid token: service not found",
  noKeys: "Invalid token: service has no API keys",
  archived: "Invalid token: service is archived",
  noIat: "Invalid token: iat field not provided",
  clock: "Error: Your system clock must be accurate to within 30 seconds",
  algorithm: "Invalid token: algorithm used is not HS256",
  revoked: "Invalid token: API key revoked",
  keyNotFound: "Invalid token: API key not found",
} as const;

const LEEWAY_SECONDS = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ApiCaller = { serviceId: string; serviceName: string; apiKeyId: string; keyType: "normal" | "team" | "test"; rateLimit: number };

function authError(message: string, reason?: "credentials-missing"): AppError {
  return new AppError("UNAUTHORIZED", message, reason ? { reason } : {});
}

// Services and their decrypted key secrets, kept in memory so a busy client doesn't cost a database
// read and a decryption per request. While the service-change notices are heard (database
// triggers on services and api_keys, lib/db/service-changes.ts) an entry lasts until the service
// or its keys change (at most a minute); without them, 5 seconds, so a revoked key stops working
// within that. Concurrent requests for a service share one read.
type CachedService = { service: ServiceForApi; secrets: Map<string, string> };
const services = serviceCache<CachedService>("notifyApiAuthCache", { liveMs: 60_000, fallbackMs: 5_000 });
const lastTouched = processSingleton("api-key-touched", () => new Map<string, number>());

function loadService(serviceId: string, now: number): Promise<CachedService | null> {
  return services.get(
    serviceId,
    serviceId,
    async () => {
      const service = await findServiceForApi(serviceId, new Date(now));
      if (!service) return null;
      const keys = encryptionKeys();
      return { service, secrets: new Map(service.keys.map((k) => [k.id, decrypt(k.secretEncrypted, keys)])) };
    },
    now,
  );
}

/** Forgets cached keys (after a key is created or revoked in this process, and in tests). */
export function clearApiAuthCache(): void {
  services.clear();
}

export async function authenticateApiRequest(authorization: string | null, now = Date.now()): Promise<ApiCaller> {
  if (!authorization) throw authError(AUTH_ERRORS.noToken, "credentials-missing");
  if (authorization.slice(0, 7).toLowerCase() !== "bearer ") throw authError(AUTH_ERRORS.notBearer, "credentials-missing");
  const token = decodeJwt(authorization.slice(7).trim());
  if (!token) throw authError(AUTH_ERRORS.general);
  const iss = token.claims.iss;
  if (iss === undefined || iss === null || iss === "") throw authError(AUTH_ERRORS.noIss);
  if (typeof iss !== "string" || !UUID.test(iss)) throw authError(AUTH_ERRORS.issType);
  const loaded = await loadService(iss, now);
  if (!loaded) throw authError(AUTH_ERRORS.serviceNotFound);
  const { service, secrets } = loaded;
  if (service.keys.length === 0) throw authError(AUTH_ERRORS.noKeys);
  if (service.archived || !service.active) throw authError(AUTH_ERRORS.archived);
  if (token.header.alg !== "HS256") throw authError(AUTH_ERRORS.algorithm);
  for (const key of service.keys) {
    if (!hasValidHs256Signature(token, secrets.get(key.id) ?? "")) continue;
    const iat = token.claims.iat;
    if (iat === undefined || iat === null) throw authError(AUTH_ERRORS.noIat);
    if (typeof iat !== "number" || !Number.isFinite(iat)) throw authError(AUTH_ERRORS.general);
    const nowSeconds = now / 1000;
    if (nowSeconds > iat + LEEWAY_SECONDS || iat > nowSeconds + LEEWAY_SECONDS) throw authError(AUTH_ERRORS.clock);
    if (key.revokedAt) throw authError(AUTH_ERRORS.revoked);
    if ((lastTouched.get(key.id) ?? 0) < now - 60_000) {
      lastTouched.set(key.id, now);
      void touchApiKey(key.id).catch(() => undefined);
    }
    return { serviceId: service.id, serviceName: service.name, apiKeyId: key.id, keyType: key.keyType, rateLimit: service.rateLimit };
  }
  throw authError(AUTH_ERRORS.keyNotFound);
}
