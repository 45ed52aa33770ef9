import { EventEmitter } from "node:events";
import type { Worker, WorkerEvents } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { laneLimits, trackLaneSlots } from "./lane-slots";

const worker = (name: string) => ({ workerId: name }) as unknown as Worker;
const job = (flag: string | null, task = "send-batch") => ({ flags: flag ? { [flag]: true } : null, task_identifier: task });

/** One fetch as graphile-worker makes it: ask for the forbidden flags, start fetching, then get `found` (or nothing). */
function fetch(events: EventEmitter, slots: ReturnType<typeof trackLaneSlots>, who: Worker, found?: ReturnType<typeof job>) {
  const forbidden = slots.forbiddenFlags();
  events.emit("worker:getJob:start", { worker: who });
  if (found) events.emit("job:start", { worker: who, job: found });
  else events.emit("worker:getJob:empty", { worker: who });
  return forbidden;
}

describe("laneLimits", () => {
  it("keeps the priority slots and one more from bulk work", () => {
    expect(laneLimits(10, 2)).toEqual({ normal: 8, bulk: 7 });
    expect(laneLimits(4, 1)).toEqual({ normal: 3, bulk: 2 });
    expect(laneLimits(2, 1)).toEqual({ normal: 1, bulk: 1 });
    expect(laneLimits(1, 2)).toEqual({ normal: 1, bulk: 1 }); // one slot: shared, nothing can be kept back
  });
});

describe("trackLaneSlots", () => {
  it("forbids bulk work once its slots are taken, then normal work, never priority work", () => {
    const events = new EventEmitter();
    const slots = trackLaneSlots(events as WorkerEvents, { normal: 3, bulk: 2 }, { enabled: true });
    expect(fetch(events, slots, worker("a"), job("lane:bulk"))).toEqual([]);
    expect(fetch(events, slots, worker("b"), job("lane:bulk"))).toEqual([]);
    expect(fetch(events, slots, worker("c"), job("lane:normal", "send-sms"))).toEqual(["lane:bulk"]);
    expect(fetch(events, slots, worker("d"), job("lane:priority", "send-sms"))).toEqual(["lane:normal", "lane:bulk"]);
    expect(slots.running()).toEqual({ priority: 1, normal: 1, bulk: 2 });
  });

  it("counts fetches still in flight as taken, so concurrent fetches never overshoot", () => {
    const events = new EventEmitter();
    const slots = trackLaneSlots(events as WorkerEvents, { normal: 2, bulk: 1 }, { enabled: true });
    const answers = [slots.forbiddenFlags(), slots.forbiddenFlags(), slots.forbiddenFlags()];
    expect(answers).toEqual([[], ["lane:bulk"], ["lane:normal", "lane:bulk"]]);
    const [a, b, c] = [worker("a"), worker("b"), worker("c")];
    for (const w of [a, b, c]) events.emit("worker:getJob:start", { worker: w });
    for (const w of [a, b, c]) events.emit("worker:getJob:empty", { worker: w });
    expect(slots.forbiddenFlags()).toEqual([]); // nothing found: every slot is free again
  });

  it("frees a lane's slot when its job completes", () => {
    const events = new EventEmitter();
    const slots = trackLaneSlots(events as WorkerEvents, { normal: 2, bulk: 1 }, { enabled: true });
    const a = worker("a");
    fetch(events, slots, a, job("lane:bulk"));
    expect(fetch(events, slots, worker("b"))).toEqual(["lane:bulk"]);
    events.emit("job:complete", { worker: a });
    expect(slots.running().bulk).toBe(0);
    expect(fetch(events, slots, worker("c"))).toEqual([]);
  });

  it("takes the lane of a job queued without a flag from its task (graphile's cron jobs)", () => {
    const events = new EventEmitter();
    const slots = trackLaneSlots(events as WorkerEvents, { normal: 2, bulk: 1 }, { enabled: true });
    fetch(events, slots, worker("a"), job(null, "purge-expired-notifications"));
    expect(slots.running()).toEqual({ priority: 0, normal: 0, bulk: 1 });
  });

  it("forbids nothing with lanes off", () => {
    const events = new EventEmitter();
    const slots = trackLaneSlots(events as WorkerEvents, { normal: 1, bulk: 1 }, { enabled: false });
    fetch(events, slots, worker("a"), job("lane:bulk"));
    expect(fetch(events, slots, worker("b"), job("lane:bulk"))).toEqual([]);
  });
});
