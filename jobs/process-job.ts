import { processJob } from "../lib/services/bulk/process-job";
import { defineTask } from "./define-task";

export const processJobTask = defineTask({
  name: "process-job",
  run: async ({ jobId }) => {
    await processJob(jobId);
  },
});
