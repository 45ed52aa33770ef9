import { sendDeliveryStatusCallback } from "../lib/services/callbacks/send-callbacks";
import { defineTask } from "./define-task";

export const sendDeliveryStatus = defineTask({
  name: "send-delivery-status",
  run: async (payload) => {
    await sendDeliveryStatusCallback(payload);
  },
});
