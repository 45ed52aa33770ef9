// The state of the one-off send journey, carried between steps in the form itself (hidden fields),
// so nothing is stored on the server until the message is sent and no value goes in a URL.
import type { EmailPreviewData, SmsPreviewData } from "@/components/templates/message-preview";

export type OneOffStage = "recipient" | "placeholder" | "check";

export type OneOffState = {
  stage: OneOffStage;
  /** Which placeholder is being asked for, at the "placeholder" stage. */
  index: number;
  recipient: string;
  /** Values by placeholder key. */
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError?: string;
  preview?: SmsPreviewData | EmailPreviewData;
  chargeText?: string;
};

export const initialOneOffState: OneOffState = { stage: "recipient", index: 0, recipient: "", values: {}, fieldErrors: {} };
