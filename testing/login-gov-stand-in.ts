// A local OpenID Connect provider standing in for Login.gov in end-to-end tests (npm oidc-provider).
// It behaves like Login.gov where Notify depends on it: the client must authenticate with
// private_key_jwt, PKCE is required, the acr_values Login.gov accepts are the only ones offered, and
// the ID token carries `email` and `email_verified`. Its login page takes any email address as the
// account ("unverified." before it gives email_verified: false); there is no password.
import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

export const STAND_IN_CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:gsa:notify-e2e";
export const LOGIN_GOV_ACR_VALUES = ["urn:acr.login.gov:auth-only", "urn:acr.login.gov:verified", "http://idmanagement.gov/ns/assurance/ial/1"];

export type LoginGovStandIn = {
  issuer: string;
  /** The environment the app needs to use it: issuer, client id and the client's private key. */
  env: { LOGIN_GOV_ISSUER: string; LOGIN_GOV_CLIENT_ID: string; LOGIN_GOV_PRIVATE_KEY: string };
  stop: () => Promise<void>;
};

export async function startLoginGovStandIn({ appBaseUrl, port = 0 }: { appBaseUrl: string; port?: number }): Promise<LoginGovStandIn> {
  // The app's key pair, as a Login.gov partner registers its public certificate.
  const client = generateKeyPairSync("rsa", { modulusLength: 2048 });
  // The stand-in's own ID-token signing key.
  const signing = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: STAND_IN_CLIENT_ID,
        token_endpoint_auth_method: "private_key_jwt",
        token_endpoint_auth_signing_alg: "RS256",
        id_token_signed_response_alg: "RS256",
        jwks: { keys: [{ ...client.publicKey.export({ format: "jwk" }), use: "sig", alg: "RS256" }] },
        redirect_uris: [`${appBaseUrl}/api/auth/callback/login-gov`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    pkce: { required: () => true },
    acrValues: LOGIN_GOV_ACR_VALUES,
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    scopes: ["openid", "email"],
    conformIdTokenClaims: false,
    cookies: { keys: ["login-gov-stand-in-cookie-key-not-secret"] },
    jwks: { keys: [{ ...signing.privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256", kid: "stand-in" }] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id.replace(/^unverified\./, ""), email_verified: !id.startsWith("unverified.") }),
    }),
  };
  const provider = new Provider(issuer, configuration);
  // Token and authorization errors say only "invalid_grant" to the client; the detail helps a failing test.
  const log = (event: string) => (_ctx: unknown, error: Error & { error_detail?: string }) => console.error(`Login.gov stand-in ${event}: ${error.message} ${error.error_detail ?? ""}`);
  provider.on("grant.error", log("grant.error"));
  provider.on("authorization.error", log("authorization.error"));
  provider.on("server_error", log("server_error"));
  server.on("request", provider.callback());
  return {
    issuer,
    env: {
      LOGIN_GOV_ISSUER: issuer,
      LOGIN_GOV_CLIENT_ID: STAND_IN_CLIENT_ID,
      LOGIN_GOV_PRIVATE_KEY: client.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
