// How many messages this process handed to a provider in each lane over the last minute, for
// queue health (/api/health and the platform admin's queue page). Counted in memory per second
// and reported with the worker's heartbeat, so the figure is the sum over the running workers.
import { LANES, type Lane } from "./lanes";
import { processSingleton } from "../process-singleton";

const WINDOW_SECONDS = 60;

type Meter = { seconds: Map<number, Record<Lane, number>> };
const meter = processSingleton("lane-meter", (): Meter => ({ seconds: new Map() }));

const zero = (): Record<Lane, number> => Object.fromEntries(LANES.map((lane) => [lane, 0])) as Record<Lane, number>;

/** Counts `count` messages handed to a provider (or simulated) in `lane`. */
export function recordHandedOver(lane: Lane, count = 1, now = Date.now()): void {
  if (count <= 0) return;
  const second = Math.floor(now / 1000);
  const bucket = meter.seconds.get(second) ?? zero();
  bucket[lane] += count;
  meter.seconds.set(second, bucket);
  for (const key of meter.seconds.keys()) if (key <= second - WINDOW_SECONDS) meter.seconds.delete(key);
}

/** Messages handed over in each lane in the last minute, by this process. */
export function handedOverLastMinute(now = Date.now()): Record<Lane, number> {
  const since = Math.floor(now / 1000) - WINDOW_SECONDS;
  const totals = zero();
  for (const [second, bucket] of meter.seconds) if (second > since) for (const lane of LANES) totals[lane] += bucket[lane];
  return totals;
}
