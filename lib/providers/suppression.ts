// The providers' own do-not-send lists, kept in step with Notify's (issue 21): AWS End User
// Messaging SMS refuses texts to numbers on its opt-out list, and SES drops email to addresses on
// the account's suppression list. Notify's list is the record; these keep AWS agreeing with it
// and let Notify read what AWS added by itself (a STOP AWS answered, a bounce SES recorded).
export type SuppressionChannel = "sms" | "email";

/** Why the provider suppresses a recipient: a text opt-out, or an email bounce or complaint. */
export type ProviderSuppressionReason = "opt-out" | "bounce" | "complaint";

export type ProviderSuppression = { channel: SuppressionChannel; recipient: string; reason: ProviderSuppressionReason; since: Date | null };

export type ProviderSuppressionPage = { entries: ProviderSuppression[]; nextToken?: string };

export interface ProviderSuppressionLists {
  readonly name: string;
  /** Puts a recipient on the provider's list (email needs the reason; texts are always opt-outs). */
  add(channel: SuppressionChannel, recipient: string, reason: ProviderSuppressionReason): Promise<void>;
  /** Takes a recipient off (a team member's removal); nothing happens when it isn't there. */
  remove(channel: SuppressionChannel, recipient: string): Promise<void>;
  /** The recipient's entry, or null. */
  find(channel: SuppressionChannel, recipient: string): Promise<ProviderSuppression | null>;
  /** The whole list, a page at a time. */
  list(channel: SuppressionChannel, nextToken?: string): Promise<ProviderSuppressionPage>;
}

/** The local providers keep no list of their own: Notify's list is the only one. */
export class LocalSuppressionLists implements ProviderSuppressionLists {
  readonly name = "local";
  async add(): Promise<void> {}
  async remove(): Promise<void> {}
  async find(): Promise<ProviderSuppression | null> {
    return null;
  }
  async list(): Promise<ProviderSuppressionPage> {
    return { entries: [] };
  }
}
