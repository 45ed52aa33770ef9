import { handlers } from "@/lib/auth/config";

// GET/POST /api/auth/* – next-auth's own endpoints (session, CSRF token, sign-out)
export const { GET, POST } = handlers;
