// Received texts on a laptop: while the SMS provider is local there is no AWS to deliver them, so
// the /outbox page and `npm run simulate-inbound-sms` make one here. It goes the way a real one
// does (buildInboundSmsItem, queued for the batched receive-inbound-sms task, which stores it and
// queues the service's received-text callback), with "local" as its provider.
import { randomUUID } from "node:crypto";
import { assignInboundNumber, findExistingInboundNumbers, findInboundNumberOwners, findServiceInboundNumber, listInboundNumberOwners, type InboundNumberOwner } from "../../db/inbound";
import { queueBatchedItems } from "../../db/receipts";
import { findServiceProfile } from "../../db/services";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import { SIMULATE_INBOUND_SMS_ERRORS, type SimulateInboundSmsInput } from "../../schemas/inbound";
import { buildInboundSmsItem, RECEIVE_INBOUND_SMS } from "./receive-inbound-sms";

export const SIMULATOR_UNAVAILABLE = "Received texts can only be simulated while Notify uses its local SMS provider (SMS_PROVIDER=local)";

export type SimulatorNumber = { number: string; serviceId: string; serviceName: string };

export type InboundSmsSimulator = {
  /** Numbers a simulated text can be sent to: active, assigned, and the service may receive texts. */
  numbers: SimulatorNumber[];
  /** Numbers assigned to services that can't receive texts yet (no inbound_sms or sms permission, or suspended). */
  blocked: SimulatorNumber[];
};

export type SimulatedInboundSms = {
  serviceId: string;
  serviceName: string;
  /** E.164. */
  to: string;
  /** E.164. */
  from: string;
  providerReference: string;
  receivedAt: string;
  keyword?: "opt-out" | "opt-in" | "help";
};

function isSimulatorAvailable(): boolean {
  return getEnv().SMS_PROVIDER === "local";
}

const toNumber = ({ number, serviceId, serviceName }: InboundNumberOwner): SimulatorNumber => ({ number, serviceId, serviceName });

/** The numbers the simulator offers, or null when the SMS provider isn't local (real texts come from AWS then). */
export async function getInboundSmsSimulator(): Promise<InboundSmsSimulator | null> {
  if (!isSimulatorAvailable()) return null;
  const owners = await listInboundNumberOwners();
  return { numbers: owners.filter((o) => o.canReceive).map(toNumber), blocked: owners.filter((o) => !o.canReceive).map(toNumber) };
}

/**
 * Simulates a text sent from `from` to a service's inbound number: queues it for the same
 * receive-inbound-sms task as a real one, so the worker stores it within a few seconds and queues
 * the service's received-text callback. Throws AppError FORBIDDEN (with a user message) when the
 * SMS provider isn't local, and VALIDATION with `fieldErrors.to` when no service that may receive
 * texts has the number. Nothing is queued when it throws.
 */
export async function simulateInboundSms(input: SimulateInboundSmsInput, deps: { now?: Date } = {}): Promise<SimulatedInboundSms> {
  if (!isSimulatorAvailable()) throw new AppError("FORBIDDEN", "inbound SMS simulator used without the local SMS provider", { userMessage: SIMULATOR_UNAVAILABLE });
  const item = buildInboundSmsItem({
    to: input.to,
    from: input.from,
    body: input.message,
    provider: "local",
    providerReference: randomUUID(),
    receivedAt: deps.now ?? new Date(),
  });
  // The same owner lookup storeInboundSms makes, so a text refused here would have been dropped there.
  const owner = (await findInboundNumberOwners([item.notifyNumber])).find((o) => o.canReceive);
  if (!owner) {
    throw new AppError("VALIDATION", "simulated text to a number no service can receive on", { fieldErrors: { to: SIMULATE_INBOUND_SMS_ERRORS.toUnknown(input.to) } });
  }
  await queueBatchedItems(RECEIVE_INBOUND_SMS.task, RECEIVE_INBOUND_SMS.jobKey, [item]);
  logger.info({ serviceId: owner.serviceId, keyword: item.keyword }, "simulated inbound SMS queued");
  return {
    serviceId: owner.serviceId,
    serviceName: owner.serviceName,
    to: item.notifyNumber,
    from: item.userNumber,
    providerReference: item.providerReference,
    receivedAt: item.receivedAt,
    ...(item.keyword ? { keyword: item.keyword } : {}),
  };
}

/** Numbers handed out by giveLocalInboundNumber when none is asked for: the 555-01xx range kept for fiction, above the simulated recipients (555-0100 to 0102). */
const LOCAL_INBOUND_NUMBERS = Array.from({ length: 50 }, (_, i) => `+1202555${String(150 + i).padStart(4, "0")}`);

export type GivenInboundNumber = { serviceId: string; serviceName: string; number: string; isNew: boolean };

/**
 * For trying received texts on a laptop, where no platform admin assigns numbers (the portal can't
 * yet): gives the service an inbound number (`number`, else the first free of +1 202-555-0150 to
 * 0199) and the sms and inbound_sms permissions. A service that has a number keeps it. Throws
 * AppError FORBIDDEN unless the SMS provider is local, NOT_FOUND for an unknown service, and
 * CONFLICT when the number is someone else's, the service has another, or none is free.
 */
export async function giveLocalInboundNumber(input: { serviceId: string; number?: string | undefined }): Promise<GivenInboundNumber> {
  if (!isSimulatorAvailable()) throw new AppError("FORBIDDEN", "inbound number given without the local SMS provider", { userMessage: "Numbers can only be given out here while Notify uses its local SMS provider (SMS_PROVIDER=local)" });
  const service = await findServiceProfile(input.serviceId);
  if (!service) throw new AppError("NOT_FOUND", "no such service", { userMessage: `There is no service with the ID ${input.serviceId}` });
  const given = (number: string, isNew: boolean): GivenInboundNumber => {
    logger.info({ serviceId: service.id, isNew }, "local inbound number given");
    return { serviceId: service.id, serviceName: service.name, number, isNew };
  };
  const current = await findServiceInboundNumber(service.id);
  if (current) {
    if (input.number && current.number !== input.number) throw new AppError("CONFLICT", "service has another inbound number", { userMessage: `${service.name} already has the number ${current.number}` });
    await assignInboundNumber({ serviceId: service.id, number: null, provider: "local" });
    return given(current.number, false);
  }
  const taken = await findExistingInboundNumbers(input.number ? [input.number] : LOCAL_INBOUND_NUMBERS);
  if (input.number && taken.has(input.number)) throw new AppError("CONFLICT", "inbound number taken", { userMessage: `${input.number} is already another service’s number` });
  const number = input.number ?? LOCAL_INBOUND_NUMBERS.find((candidate) => !taken.has(candidate));
  if (!number) throw new AppError("CONFLICT", "no local inbound number free", { userMessage: "Every number from +12025550150 to +12025550199 is taken: give one with --number" });
  await assignInboundNumber({ serviceId: service.id, number, provider: "local" });
  return given(number, true);
}
