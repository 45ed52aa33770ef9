import { generateNotificationReport } from "../lib/services/reports/notification-reports";
import { defineTask } from "./define-task";

export const generateNotificationReportTask = defineTask({
  name: "generate-notification-report",
  run: async ({ reportId }, { isFinalAttempt }) => {
    await generateNotificationReport(reportId, { isFinalAttempt });
  },
});
