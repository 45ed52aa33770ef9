// Every task the worker runs, registered explicitly (no directory scanning), keyed by the names
// in lib/jobs/payloads.ts so enqueue() and the worker can't disagree.
import type { TaskList } from "graphile-worker";
import type { TaskName } from "../lib/jobs/payloads";
import { aggregateNotificationStatusTask } from "./aggregate-notification-status";
import { applyProviderReceiptsTask } from "./apply-provider-receipts";
import { generateNotificationReportTask } from "./generate-notification-report";
import { monitorReputationTask } from "./monitor-reputation";
import { purgeExpiredAuthDataTask } from "./purge-expired-auth-data";
import { processJobTask } from "./process-job";
import { purgeExpiredNotificationsTask } from "./purge-expired-notifications";
import { receiveInboundSmsTask } from "./receive-inbound-sms";
import { registerAccountTask } from "./register-account";
import { sendBatch } from "./send-batch";
import { sendComplaint } from "./send-complaint";
import { sendDeliveryStatus } from "./send-delivery-status";
import { sendEmail } from "./send-email";
import { sendInboundSms } from "./send-inbound-sms";
import { sendPasswordResetTask } from "./send-password-reset";
import { sendSms } from "./send-sms";
import { timeoutSendingNotificationsTask } from "./timeout-sending-notifications";

const tasks = [
  sendEmail,
  sendSms,
  sendBatch,
  applyProviderReceiptsTask,
  sendDeliveryStatus,
  sendComplaint,
  receiveInboundSmsTask,
  sendInboundSms,
  purgeExpiredAuthDataTask,
  timeoutSendingNotificationsTask,
  purgeExpiredNotificationsTask,
  processJobTask,
  generateNotificationReportTask,
  aggregateNotificationStatusTask,
  monitorReputationTask,
  registerAccountTask,
  sendPasswordResetTask,
];

export const taskList: TaskList & Record<TaskName, TaskList[string]> = Object.fromEntries(
  tasks.map((t) => [t.name, t.task]),
) as TaskList & Record<TaskName, TaskList[string]>;
