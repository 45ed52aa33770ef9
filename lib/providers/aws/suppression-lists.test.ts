import {
  DeleteOptedOutNumberCommand,
  DescribeOptedOutNumbersCommand,
  PinpointSMSVoiceV2Client,
  PutOptedOutNumberCommand,
  ResourceNotFoundException,
  ThrottlingException,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import {
  DeleteSuppressedDestinationCommand,
  GetSuppressedDestinationCommand,
  ListSuppressedDestinationsCommand,
  NotFoundException,
  PutSuppressedDestinationCommand,
  SESv2Client,
} from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { ProviderRetryableError } from "../errors";
import { AwsSuppressionLists } from "./suppression-lists";

const credentials = { accessKeyId: "test", secretAccessKey: "test" };
const smsMock = mockClient(PinpointSMSVoiceV2Client);
const sesMock = mockClient(SESv2Client);
const lists = new AwsSuppressionLists({ sms: new PinpointSMSVoiceV2Client({ region: "us-west-2", credentials }), email: new SESv2Client({ region: "us-west-2", credentials }), optOutListName: "notify-opt-outs" });
const when = new Date("2026-12-01T10:00:00Z");

afterEach(() => {
  smsMock.reset();
  sesMock.reset();
});

describe("AwsSuppressionLists: texts (the End User Messaging SMS opt-out list)", () => {
  it("adds and removes a number on the named opt-out list, and removing one that isn't there is not an error", async () => {
    smsMock.on(PutOptedOutNumberCommand).resolves({});
    await lists.add("sms", "+12025550123", "opt-out");
    expect(smsMock.commandCalls(PutOptedOutNumberCommand)[0]?.args[0].input).toEqual({ OptOutListName: "notify-opt-outs", OptedOutNumber: "+12025550123" });

    smsMock.on(DeleteOptedOutNumberCommand).resolvesOnce({}).rejects(new ResourceNotFoundException({ message: "not found", $metadata: { httpStatusCode: 404 } }));
    await lists.remove("sms", "+12025550123");
    await expect(lists.remove("sms", "+12025550123")).resolves.toBeUndefined();
    expect(smsMock.commandCalls(DeleteOptedOutNumberCommand)[0]?.args[0].input).toEqual({ OptOutListName: "notify-opt-outs", OptedOutNumber: "+12025550123" });
  });

  it("finds one number and lists them page by page", async () => {
    smsMock.on(DescribeOptedOutNumbersCommand, { OptedOutNumbers: ["+12025550123"] }).resolves({ OptedOutNumbers: [{ OptedOutNumber: "+12025550123", OptedOutTimestamp: when, EndUserOptedOut: true }] });
    expect(await lists.find("sms", "+12025550123")).toEqual({ channel: "sms", recipient: "+12025550123", reason: "opt-out", since: when });

    smsMock.on(DescribeOptedOutNumbersCommand, { NextToken: undefined }).resolves({ OptedOutNumbers: [{ OptedOutNumber: "+12025550124", OptedOutTimestamp: when, EndUserOptedOut: true }], NextToken: "page-2" });
    smsMock.on(DescribeOptedOutNumbersCommand, { NextToken: "page-2" }).resolves({ OptedOutNumbers: [{ OptedOutNumber: "+12025550125", OptedOutTimestamp: when, EndUserOptedOut: false }] });
    const first = await lists.list("sms");
    const second = await lists.list("sms", first.nextToken);
    expect([...first.entries, ...second.entries].map((e) => e.recipient)).toEqual(["+12025550124", "+12025550125"]);
    expect(second.nextToken).toBeUndefined();
  });

  it("sorts AWS's failures like a send's: throttling may succeed later", async () => {
    smsMock.on(PutOptedOutNumberCommand).rejects(new ThrottlingException({ message: "slow down", $metadata: { httpStatusCode: 429 } }));
    await expect(lists.add("sms", "+12025550123", "opt-out")).rejects.toBeInstanceOf(ProviderRetryableError);
  });
});

describe("AwsSuppressionLists: email (the SES account-level suppression list)", () => {
  it("puts an address with its reason, finds it, and deletes it", async () => {
    sesMock.on(PutSuppressedDestinationCommand).resolves({});
    await lists.add("email", "pat@agency.gov", "complaint");
    await lists.add("email", "lee@agency.gov", "bounce");
    expect(sesMock.commandCalls(PutSuppressedDestinationCommand).map((c) => c.args[0].input)).toEqual([
      { EmailAddress: "pat@agency.gov", Reason: "COMPLAINT" },
      { EmailAddress: "lee@agency.gov", Reason: "BOUNCE" },
    ]);

    sesMock.on(GetSuppressedDestinationCommand, { EmailAddress: "pat@agency.gov" }).resolves({ SuppressedDestination: { EmailAddress: "pat@agency.gov", Reason: "COMPLAINT", LastUpdateTime: when } });
    sesMock.on(GetSuppressedDestinationCommand, { EmailAddress: "kim@agency.gov" }).rejects(new NotFoundException({ message: "not on the list", $metadata: { httpStatusCode: 404 } }));
    expect(await lists.find("email", "pat@agency.gov")).toEqual({ channel: "email", recipient: "pat@agency.gov", reason: "complaint", since: when });
    expect(await lists.find("email", "kim@agency.gov")).toBeNull();

    sesMock.on(DeleteSuppressedDestinationCommand).resolves({});
    await lists.remove("email", "pat@agency.gov");
    expect(sesMock.commandCalls(DeleteSuppressedDestinationCommand)[0]?.args[0].input).toEqual({ EmailAddress: "pat@agency.gov" });
  });

  it("lists the account's suppressed addresses page by page", async () => {
    sesMock.on(ListSuppressedDestinationsCommand, { NextToken: undefined }).resolves({ SuppressedDestinationSummaries: [{ EmailAddress: "a@agency.gov", Reason: "BOUNCE", LastUpdateTime: when }], NextToken: "next" });
    sesMock.on(ListSuppressedDestinationsCommand, { NextToken: "next" }).resolves({ SuppressedDestinationSummaries: [{ EmailAddress: "b@agency.gov", Reason: "COMPLAINT", LastUpdateTime: when }] });
    const first = await lists.list("email");
    const second = await lists.list("email", first.nextToken);
    expect([...first.entries, ...second.entries]).toEqual([
      { channel: "email", recipient: "a@agency.gov", reason: "bounce", since: when },
      { channel: "email", recipient: "b@agency.gov", reason: "complaint", since: when },
    ]);
  });
});

describe("AwsSuppressionLists for a channel not sent through AWS", () => {
  it("has no list for it: nothing is called, nothing is found", async () => {
    const emailOnly = new AwsSuppressionLists({ email: new SESv2Client({ region: "us-west-2", credentials }) });
    await emailOnly.add("sms", "+12025550123", "opt-out");
    await emailOnly.remove("sms", "+12025550123");
    expect(await emailOnly.find("sms", "+12025550123")).toBeNull();
    expect(await emailOnly.list("sms")).toEqual({ entries: [] });
    expect(smsMock.calls()).toHaveLength(0);
  });
});
