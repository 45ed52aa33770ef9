import { aggregateNotificationStatus } from "../lib/services/reports/usage";
import { defineTask } from "./define-task";

export const aggregateNotificationStatusTask = defineTask({
  name: "aggregate-notification-status",
  run: async () => {
    await aggregateNotificationStatus();
  },
});
