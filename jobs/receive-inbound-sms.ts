import { storeInboundSms } from "../lib/services/inbound/receive-inbound-sms";
import { defineTask } from "./define-task";

/** Batched like apply-provider-receipts: every message queued under the job key since it was created. */
export const receiveInboundSmsTask = defineTask({
  name: "receive-inbound-sms",
  run: async (items) => {
    await storeInboundSms(items);
  },
});
