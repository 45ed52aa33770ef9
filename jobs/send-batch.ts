import { deliverNotificationBatch } from "../lib/services/delivery/deliver-batch";
import { defineTask } from "./define-task";

export const sendBatch = defineTask({
  name: "send-batch",
  run: async ({ notificationIds, serviceId, jobId }, { lane }) => {
    await deliverNotificationBatch(notificationIds, { lane, batch: { serviceId, jobId } });
  },
});
