import { deliverNotification } from "../lib/services/delivery/deliver-notification";
import { defineTask } from "./define-task";

export const sendSms = defineTask({
  name: "send-sms",
  run: async ({ notificationId, notBefore }, { isFinalAttempt, lane }) => {
    await deliverNotification(notificationId, { isFinalAttempt, lane, notBefore: notBefore ? new Date(notBefore) : undefined });
  },
});
