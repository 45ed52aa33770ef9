import { monitorReputation } from "../lib/services/reputation/monitor-reputation";
import { defineTask } from "./define-task";

export const monitorReputationTask = defineTask({
  name: "monitor-reputation",
  run: async () => {
    await monitorReputation();
  },
});
