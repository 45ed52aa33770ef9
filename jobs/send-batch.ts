import { deliverNotificationBatch } from "../lib/services/delivery/deliver-batch";
import { defineTask } from "./define-task";

export const sendBatch = defineTask({
  name: "send-batch",
  run: async ({ notificationIds }) => {
    await deliverNotificationBatch(notificationIds);
  },
});
