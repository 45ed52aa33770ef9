import { sendInboundSmsCallback } from "../lib/services/callbacks/send-callbacks";
import { defineTask } from "./define-task";

export const sendInboundSms = defineTask({
  name: "send-inbound-sms",
  run: async (payload) => {
    await sendInboundSmsCallback(payload);
  },
});
