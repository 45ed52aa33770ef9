// The dashboard's warning while the reputation monitor has the service past an SES threshold:
// what is happening, why it matters to everyone on Notify, and what to do.
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { formatRate, REPUTATION_THRESHOLDS, type ReputationState } from "@/lib/domain/reputation";

type Figures = { state: ReputationState; emailsSent: number; bounceRate: number | null; complaintRate: number | null };

const pct = (rate: number) => formatRate(rate);

export function ReputationBanner({ reputation, serviceId }: { reputation: Figures | null; serviceId: string }) {
  if (!reputation || reputation.state === "ok") return null;
  const isCritical = reputation.state === "critical";
  const { bounce, complaint } = REPUTATION_THRESHOLDS;
  return (
    <Alert
      type={isCritical ? "error" : "warning"}
      heading={isCritical ? "Your emails are bouncing or being reported as spam at a level that could stop sending" : "Your emails are bouncing or being reported as spam"}
      className="margin-bottom-3"
    >
      <p className="margin-top-1">
        In the last 7 days your service sent {reputation.emailsSent.toLocaleString("en-US")} emails: {formatRate(reputation.bounceRate)} bounced and {formatRate(reputation.complaintRate)} were
        reported as spam. Amazon SES reviews a sender at a {pct(bounce.warning)} bounce rate or a {pct(complaint.warning)} complaint rate, and pauses sending at {pct(bounce.critical)} or{" "}
        {pct(complaint.critical)}, which would stop email for every service on Notify.
        {isCritical ? " Notify may suspend your service’s sending until the rates come down." : null}
      </p>
      <ul className="usa-list">
        <li>
          Check the <Link className="usa-link" href={`/services/${serviceId}/notifications?channel=email&status=failed`}>emails that failed</Link> and remove those addresses from your lists.
        </li>
        <li>Only email people who asked to hear from you, and make it easy for them to unsubscribe.</li>
        <li>Hold any large sends until the rates are back down.</li>
      </ul>
    </Alert>
  );
}
