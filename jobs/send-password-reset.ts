import { sendPasswordReset } from "../lib/services/auth/reset-password";
import { defineTask } from "./define-task";

/** The background half of "Forgot your password?" (lib/services/auth/reset-password.ts). */
export const sendPasswordResetTask = defineTask({
  name: "send-password-reset",
  run: async ({ emailAddressEncrypted }) => {
    await sendPasswordReset(emailAddressEncrypted);
  },
});
