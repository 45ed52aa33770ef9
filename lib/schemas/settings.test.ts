// The settings forms' wording is part of the contract: Notify's messages, never "invalid".
import { describe, expect, it } from "vitest";
import { dailyLimitsSchema, dataRetentionSchema, emailReplyToSchema, internationalSmsSchema, smsPrefixSchema, smsSenderSchema } from "./settings";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("-"), i.message]));
}

describe("settings schemas", () => {
  it("data retention: 3 to 90 days per channel", () => {
    expect(dataRetentionSchema.parse({ smsDays: "3", emailDays: " 90 " })).toEqual({ smsDays: 3, emailDays: 90 });
    expect(messages(dataRetentionSchema.safeParse({ smsDays: "2", emailDays: "91" }))).toEqual({ smsDays: "Must be between 3 and 90", emailDays: "Must be between 3 and 90" });
    expect(messages(dataRetentionSchema.safeParse({ smsDays: "", emailDays: "7.5" }))).toEqual({ smsDays: "Must be between 3 and 90", emailDays: "Must be between 3 and 90" });
  });

  it("on/off questions need an answer", () => {
    expect(smsPrefixSchema.parse({ prefixSms: "off" })).toEqual({ prefixSms: false });
    expect(internationalSmsSchema.parse({ internationalSms: "on" })).toEqual({ internationalSms: true });
    expect(messages(smsPrefixSchema.safeParse({}))).toEqual({ prefixSms: "Select on or off" });
  });

  it("text message sender: the sender, optional origination identity and messages per second", () => {
    expect(smsSenderSchema.parse({ smsSender: "202-555-0104", originationIdentity: "", messagesPerSecond: "", isDefault: "yes" })).toEqual({
      smsSender: "+12025550104",
      originationIdentity: undefined,
      messagesPerSecond: undefined,
      isDefault: true,
    });
    expect(messages(smsSenderSchema.safeParse({ smsSender: "", originationIdentity: "my phone", messagesPerSecond: "0" }))).toEqual({
      smsSender: "Enter a text message sender",
      originationIdentity: "Enter an AWS phone number ID, like phone-0123456789abcdef0123456789abcdef, or its ARN",
      messagesPerSecond: "Enter a whole number of messages per second from 1 to 1000",
    });
  });

  it("reply-to address", () => {
    expect(emailReplyToSchema.parse({ emailAddress: " Help@Agency.gov " })).toEqual({ emailAddress: "help@agency.gov", isDefault: false });
    expect(messages(emailReplyToSchema.safeParse({ emailAddress: "" }))).toEqual({ emailAddress: "Enter an email address" });
    expect(messages(emailReplyToSchema.safeParse({ emailAddress: "help@" }))).toEqual({ emailAddress: "Enter an email address in the correct format, like name@example.gov" });
  });

  it("daily limits: whole numbers, commas allowed, blank is not zero", () => {
    expect(messages(dailyLimitsSchema.safeParse({ smsMessageLimit: "", emailMessageLimit: "1", internationalSmsMessageLimit: "1", totalMessageLimit: "1" }))).toEqual({
      smsMessageLimit: "Enter the daily limit for text messages",
    });
    expect(dailyLimitsSchema.parse({ smsMessageLimit: "250,000", emailMessageLimit: "0", internationalSmsMessageLimit: "100", totalMessageLimit: "5000000" })).toEqual({
      smsMessageLimit: 250000,
      emailMessageLimit: 0,
      internationalSmsMessageLimit: 100,
      totalMessageLimit: 5000000,
    });
    expect(messages(dailyLimitsSchema.safeParse({ smsMessageLimit: "-1", emailMessageLimit: "1.5", internationalSmsMessageLimit: "lots", totalMessageLimit: "1000000000" }))).toEqual({
      smsMessageLimit: "The daily limit for text messages must be 0 or more",
      emailMessageLimit: "Enter the daily limit for emails as a whole number",
      internationalSmsMessageLimit: "Enter the daily limit for international text messages",
      totalMessageLimit: "The daily limit for all messages must be 999,999,999 or fewer",
    });
  });
});
