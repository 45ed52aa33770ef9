// The receipt of a provider that sends none (lib/providers/immediate-receipt.ts), applied at once
// through the same code SNS and SES receipts go through. Queuing it instead would cost a job per
// message for nothing: there is no provider to wait for.
import type { ImmediateReceipts } from "../../providers/immediate-receipt";
import { applyProviderReceipts } from "../receipts/apply-receipts";

export type HandedOver = { providerReference: string; normalisedTo: string };

/** Does nothing for a provider that sends real receipts. Safe to repeat: receipts only move a status forward. */
export async function applyImmediateReceipts(provider: ImmediateReceipts, handedOver: readonly HandedOver[]): Promise<void> {
  const receiptFor = provider.immediateReceipt?.bind(provider);
  if (!receiptFor || handedOver.length === 0) return;
  const eventAt = new Date().toISOString();
  await applyProviderReceipts(
    handedOver.map((m) => ({ kind: "status" as const, provider: provider.name, providerReference: m.providerReference, status: receiptFor(m.normalisedTo), eventAt })),
    { quiet: true },
  );
}
