// What a message page says about retention: when this message will be deleted, or – for a message
// already deleted by the nightly purge – that it is no longer available.
import Link from "next/link";
import { DISPLAY_TIME_ZONE } from "@/lib/domain/notifications/schedule";

const dateOnly = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: DISPLAY_TIME_ZONE });

export function MessageRetention({ retentionDays, deletedOn }: { retentionDays: number; deletedOn: Date }) {
  return (
    <p className="usa-hint" data-testid="message-retention">
      Messages are kept for {retentionDays} days. This message will be deleted on {dateOnly.format(deletedOn)}.
    </p>
  );
}

export function MessageUnavailable({ retentionDays, messagesHref }: { retentionDays: number; messagesHref: string }) {
  return (
    <div>
      <h1 className="margin-top-0">This message is no longer available</h1>
      <p>Messages are kept for {retentionDays} days, then their content and recipient are deleted. The message still counts in your usage.</p>
      <p>
        <Link className="usa-link" href={messagesHref}>
          See your messages
        </Link>
      </p>
    </div>
  );
}
