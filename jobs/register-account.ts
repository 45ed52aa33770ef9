import { completeRegistration } from "../lib/services/auth/register";
import { defineTask } from "./define-task";

/** The background half of "Create an account" (lib/services/auth/register.ts). */
export const registerAccountTask = defineTask({
  name: "register-account",
  run: async ({ detailsEncrypted }) => {
    await completeRegistration(detailsEncrypted);
  },
});
