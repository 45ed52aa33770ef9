// The Login.gov OpenID Connect provider for next-auth, present only when LOGIN_GOV_* is configured.
// Login.gov's rules: the client authenticates to the token endpoint with a JWT signed by its
// registered private key (private_key_jwt), the request names the assurance level it needs
// (acr_values) and carries state, nonce and a PKCE challenge; scope "openid email" is enough, because
// Notify only needs the verified email address.
import type { OIDCConfig } from "next-auth/providers";
import type { Env } from "../env";

export const LOGIN_GOV_PROVIDER_ID = "login-gov";

type LoginGovProfile = { sub: string; email?: string; email_verified?: boolean };

/** Whether sign-in with Login.gov is configured (the sign-in page offers it only then). */
export function isLoginGovEnabled(env: Pick<Env, "LOGIN_GOV_ISSUER" | "LOGIN_GOV_CLIENT_ID" | "LOGIN_GOV_PRIVATE_KEY">): boolean {
  return Boolean(env.LOGIN_GOV_ISSUER && env.LOGIN_GOV_CLIENT_ID && env.LOGIN_GOV_PRIVATE_KEY);
}

let importedKey: { pem: string; key: Promise<CryptoKey> } | undefined;

/** The PKCS#8 PEM key as a WebCrypto signing key (RS256), imported once per process. */
function signingKey(pem: string): Promise<CryptoKey> {
  if (importedKey?.pem !== pem) {
    const base64 = pem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, "").replace(/\s+/g, "");
    const key = crypto.subtle.importKey("pkcs8", Buffer.from(base64, "base64"), { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
    importedKey = { pem, key };
  }
  return importedKey.key;
}

export async function loginGovProvider(env: Env): Promise<OIDCConfig<LoginGovProfile> | null> {
  if (!env.LOGIN_GOV_ISSUER || !env.LOGIN_GOV_CLIENT_ID || !env.LOGIN_GOV_PRIVATE_KEY) return null;
  return {
    id: LOGIN_GOV_PROVIDER_ID,
    name: "Login.gov",
    type: "oidc",
    issuer: env.LOGIN_GOV_ISSUER,
    clientId: env.LOGIN_GOV_CLIENT_ID,
    client: { token_endpoint_auth_method: "private_key_jwt", id_token_signed_response_alg: "RS256" },
    token: { clientPrivateKey: await signingKey(env.LOGIN_GOV_PRIVATE_KEY) },
    authorization: { params: { scope: "openid email", acr_values: env.LOGIN_GOV_ACR_VALUES } },
    checks: ["pkce", "state", "nonce"],
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null }),
  };
}
