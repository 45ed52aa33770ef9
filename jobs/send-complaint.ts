import { sendComplaintCallback } from "../lib/services/callbacks/send-callbacks";
import { defineTask } from "./define-task";

export const sendComplaint = defineTask({
  name: "send-complaint",
  run: async (payload) => {
    await sendComplaintCallback(payload);
  },
});
