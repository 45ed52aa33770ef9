// AWS's do-not-send lists: texts through an End User Messaging SMS opt-out list (PutOptedOutNumber,
// DeleteOptedOutNumber, DescribeOptedOutNumbers; SMS_OPT_OUT_LIST, AWS's own "Default" when
// unset) and email through the SES account-level suppression list (SESv2 Put/Delete/Get/List
// SuppressedDestination). Failures are sorted like sends (classifyAwsError); "not there" is not one.
import {
  DeleteOptedOutNumberCommand,
  DescribeOptedOutNumbersCommand,
  PinpointSMSVoiceV2Client,
  PutOptedOutNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import {
  DeleteSuppressedDestinationCommand,
  GetSuppressedDestinationCommand,
  ListSuppressedDestinationsCommand,
  PutSuppressedDestinationCommand,
  SESv2Client,
  type SuppressionListReason,
} from "@aws-sdk/client-sesv2";
import type { ProviderSuppression, ProviderSuppressionLists, ProviderSuppressionPage, ProviderSuppressionReason, SuppressionChannel } from "../suppression";
import { classifyAwsError } from "./errors";

/** AWS's name for the opt-out list every account has. */
export const DEFAULT_OPT_OUT_LIST = "Default";

/** A channel without its client (not sent through AWS) has no AWS list: nothing to add, find or list. */
export type AwsSuppressionListsOptions = { sms?: PinpointSMSVoiceV2Client; email?: SESv2Client; optOutListName?: string };

const isNotFound = (error: unknown) => (error as { name?: string }).name === "NotFoundException" || (error as { name?: string }).name === "ResourceNotFoundException";

const sesReason = (reason: ProviderSuppressionReason): SuppressionListReason => (reason === "complaint" ? "COMPLAINT" : "BOUNCE");
const fromSesReason = (reason: string | undefined): ProviderSuppressionReason => (reason === "COMPLAINT" ? "complaint" : "bounce");

export class AwsSuppressionLists implements ProviderSuppressionLists {
  readonly name = "aws";
  private readonly optOutListName: string;

  constructor(private readonly options: AwsSuppressionListsOptions) {
    this.optOutListName = options.optOutListName ?? DEFAULT_OPT_OUT_LIST;
  }

  async add(channel: SuppressionChannel, recipient: string, reason: ProviderSuppressionReason): Promise<void> {
    if (!this.hasList(channel)) return;
    await this.call(channel === "sms" ? "PutOptedOutNumber" : "PutSuppressedDestination", () =>
      channel === "sms"
        ? this.options.sms!.send(new PutOptedOutNumberCommand({ OptOutListName: this.optOutListName, OptedOutNumber: recipient }))
        : this.options.email!.send(new PutSuppressedDestinationCommand({ EmailAddress: recipient, Reason: sesReason(reason) })),
    );
  }

  async remove(channel: SuppressionChannel, recipient: string): Promise<void> {
    if (!this.hasList(channel)) return;
    try {
      await this.call(channel === "sms" ? "DeleteOptedOutNumber" : "DeleteSuppressedDestination", () =>
        channel === "sms"
          ? this.options.sms!.send(new DeleteOptedOutNumberCommand({ OptOutListName: this.optOutListName, OptedOutNumber: recipient }))
          : this.options.email!.send(new DeleteSuppressedDestinationCommand({ EmailAddress: recipient })),
      );
    } catch (error) {
      if (!isNotFound((error as Error).cause)) throw error;
    }
  }

  async find(channel: SuppressionChannel, recipient: string): Promise<ProviderSuppression | null> {
    if (!this.hasList(channel)) return null;
    try {
      if (channel === "sms") {
        const result = await this.call("DescribeOptedOutNumbers", () => this.options.sms!.send(new DescribeOptedOutNumbersCommand({ OptOutListName: this.optOutListName, OptedOutNumbers: [recipient] })));
        const entry = result.OptedOutNumbers?.find((n) => n.OptedOutNumber === recipient);
        return entry ? { channel, recipient, reason: "opt-out", since: entry.OptedOutTimestamp ?? null } : null;
      }
      const result = await this.call("GetSuppressedDestination", () => this.options.email!.send(new GetSuppressedDestinationCommand({ EmailAddress: recipient })));
      const entry = result.SuppressedDestination;
      return entry?.EmailAddress ? { channel, recipient: entry.EmailAddress, reason: fromSesReason(entry.Reason), since: entry.LastUpdateTime ?? null } : null;
    } catch (error) {
      if (isNotFound((error as Error).cause)) return null;
      throw error;
    }
  }

  async list(channel: SuppressionChannel, nextToken?: string): Promise<ProviderSuppressionPage> {
    if (!this.hasList(channel)) return { entries: [] };
    if (channel === "sms") {
      const result = await this.call("DescribeOptedOutNumbers", () => this.options.sms!.send(new DescribeOptedOutNumbersCommand({ OptOutListName: this.optOutListName, NextToken: nextToken })));
      return {
        entries: (result.OptedOutNumbers ?? []).flatMap((n) => (n.OptedOutNumber ? [{ channel, recipient: n.OptedOutNumber, reason: "opt-out" as const, since: n.OptedOutTimestamp ?? null }] : [])),
        nextToken: result.NextToken,
      };
    }
    const result = await this.call("ListSuppressedDestinations", () => this.options.email!.send(new ListSuppressedDestinationsCommand({ NextToken: nextToken })));
    return {
      entries: (result.SuppressedDestinationSummaries ?? []).flatMap((s) => (s.EmailAddress ? [{ channel, recipient: s.EmailAddress, reason: fromSesReason(s.Reason), since: s.LastUpdateTime ?? null }] : [])),
      nextToken: result.NextToken,
    };
  }

  private hasList(channel: SuppressionChannel): boolean {
    return Boolean(channel === "sms" ? this.options.sms : this.options.email);
  }

  private async call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw classifyAwsError(error, operation);
    }
  }
}
