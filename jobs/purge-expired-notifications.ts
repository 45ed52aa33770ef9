import { purgeExpiredNotifications } from "../lib/services/retention/purge-expired-notifications";
import { defineTask } from "./define-task";

export const purgeExpiredNotificationsTask = defineTask({
  name: "purge-expired-notifications",
  run: async () => {
    await purgeExpiredNotifications();
  },
});
