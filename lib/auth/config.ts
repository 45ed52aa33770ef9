// next-auth (Auth.js v5) wiring. Notify's own services decide who is signed in: a two-step sign-in
// (password, then a one-time code) ends in a server-side session (lib/services/auth/sessions.ts).
// next-auth carries that session's token in its encrypted, HttpOnly cookie, and every request
// re-checks it against the database, so signing out or resetting a password ends it at once.
// Config is built lazily (per request) so `next build` needs no database or secrets.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv } from "../env";
import { signInWithLoginGov } from "../services/auth/login-gov";
import { getSessionUser, SESSION_MAX_MS } from "../services/auth/sessions";
import { LOGIN_GOV_PROVIDER_ID, loginGovProvider } from "./login-gov";
import { setFlowToken } from "./session";

declare module "next-auth" {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface User {
    sessionToken?: string;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Session {
    sessionToken?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const env = getEnv();
  const loginGov = await loginGovProvider(env);
  const isHttps = env.NOTIFY_BASE_URL.startsWith("https:");
  return {
    secret: env.SECRET_KEY,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_MS / 1000 },
    useSecureCookies: isHttps,
    // Failures of the Login.gov round trip come back to the sign-in page as ?error=…
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        id: "notify-session",
        name: "Notify session",
        credentials: { sessionToken: {} },
        // Called only by our own server actions after the code step has created a session.
        authorize: async (credentials) => {
          const token = typeof credentials?.sessionToken === "string" ? credentials.sessionToken : null;
          const user = await getSessionUser(token);
          return user && token ? { id: user.userId, name: user.name, email: user.emailAddress, sessionToken: token } : null;
        },
      }),
      ...(loginGov ? [loginGov] : []),
    ],
    callbacks: {
      // Login.gov has signed the person in: match them to an account (or their invitations) by the
      // verified email address. Their Notify session token rides on `user` into the jwt callback.
      signIn: async ({ user, account, profile }) => {
        if (account?.provider !== LOGIN_GOV_PROVIDER_ID) return true;
        const outcome = await signInWithLoginGov(profile);
        if (outcome.kind === "session") {
          user.sessionToken = outcome.sessionToken;
          return true;
        }
        if (outcome.kind === "create-account") {
          await setFlowToken("loginGovAccount", outcome.accountToken);
          return `${env.NOTIFY_BASE_URL}/sign-in/login-gov/create-account`;
        }
        return `${env.NOTIFY_BASE_URL}/sign-in?login-gov=${outcome.reason}`;
      },
      jwt: ({ token, user }) => {
        if (user?.sessionToken) token.sessionToken = user.sessionToken;
        return token;
      },
      session: ({ session, token }) => ({ ...session, sessionToken: typeof token.sessionToken === "string" ? token.sessionToken : undefined }),
    },
  };
});
