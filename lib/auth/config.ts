// next-auth (Auth.js v5) wiring. Notify's own services decide who is signed in: a two-step sign-in
// (password, then a one-time code) ends in a server-side session (lib/services/auth/sessions.ts).
// next-auth carries that session's token in its encrypted, HttpOnly cookie, and every request
// re-checks it against the database, so signing out or resetting a password ends it at once.
// Config is built lazily (per request) so `next build` needs no database or secrets.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv } from "../env";
import { getSessionUser, SESSION_MAX_MS } from "../services/auth/sessions";

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

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  const isHttps = env.NOTIFY_BASE_URL.startsWith("https:");
  return {
    secret: env.SECRET_KEY,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_MS / 1000 },
    useSecureCookies: isHttps,
    pages: { signIn: "/sign-in" },
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
    ],
    callbacks: {
      jwt: ({ token, user }) => {
        if (user?.sessionToken) token.sessionToken = user.sessionToken;
        return token;
      },
      session: ({ session, token }) => ({ ...session, sessionToken: typeof token.sessionToken === "string" ? token.sessionToken : undefined }),
    },
  };
});
