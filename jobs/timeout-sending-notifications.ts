import { timeoutSendingNotifications } from "../lib/services/retention/timeout-notifications";
import { defineTask } from "./define-task";

export const timeoutSendingNotificationsTask = defineTask({
  name: "timeout-sending-notifications",
  run: async () => {
    await timeoutSendingNotifications();
  },
});
