import { purgeExpiredAuthData } from "../lib/services/auth/purge-expired";
import { defineTask } from "./define-task";

export const purgeExpiredAuthDataTask = defineTask({
  name: "purge-expired-auth-data",
  run: async () => {
    await purgeExpiredAuthData();
  },
});
