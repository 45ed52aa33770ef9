// Every service's reputation figures plus the platform's, for the platform-admin reputation page
// (a service's own dashboard reads its row in lib/services/reports/dashboard.ts).
import { listServiceReputations, type ServiceReputationOverview, type ServiceReputationRow } from "../../db/reputation";
import { rateOf, reputationStateOf, type ReputationState } from "../../domain/reputation";
import type { SessionUser } from "../auth/sessions";
import { requirePlatformAdmin } from "../platform-admin/require-platform-admin";

/** The platform's figures: a service's, summed, with the texts' overall failure rate. */
export type PlatformReputation = Pick<ServiceReputationRow, "emailsSent" | "bounced" | "complained" | "bounceRate" | "complaintRate" | "textsSent" | "textsFailed"> & {
  textFailureRate: number | null;
  state: ReputationState;
  computedAt: Date | null;
};

/** Every service's figures, worst first, and the platform's (the sum: SES judges the account as a whole). */
export async function listReputationForPlatformAdmin({ actor }: { actor: SessionUser }): Promise<{ platform: PlatformReputation; services: ServiceReputationOverview[] }> {
  requirePlatformAdmin(actor);
  const services = await listServiceReputations();
  const sum = (pick: (s: ServiceReputationOverview) => number) => services.reduce((n, s) => n + pick(s), 0);
  const counts = { emailsSent: sum((s) => s.emailsSent), bounced: sum((s) => s.bounced), complained: sum((s) => s.complained) };
  const texts = { textsSent: sum((s) => s.textsSent), textsFailed: sum((s) => s.textsFailed) };
  const computedAt = services.reduce<Date | null>((latest, s) => (!latest || s.computedAt > latest ? s.computedAt : latest), null);
  return {
    platform: {
      ...counts,
      ...texts,
      bounceRate: rateOf(counts.bounced, counts.emailsSent),
      complaintRate: rateOf(counts.complained, counts.emailsSent),
      textFailureRate: rateOf(texts.textsFailed, texts.textsSent),
      state: reputationStateOf(counts, { ignoreMinimum: true }),
      computedAt,
    },
    services,
  };
}
