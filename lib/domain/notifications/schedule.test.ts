import { describe, expect, it } from "vitest";
import { parseScheduleChoice, scheduleSlots, SCHEDULE_ERROR } from "./schedule";

const now = new Date("2026-11-28T10:25:00Z");

describe("scheduling a one-off message", () => {
  it("offers every hour from the next one to 7 days ahead, labelled in Eastern Time", () => {
    const slots = scheduleSlots(now);
    expect(slots[0]).toEqual({ value: "2026-11-28T11:00:00.000Z", label: "Saturday, November 28 at 6:00 AM EST" });
    expect(slots.at(-1)?.value).toBe("2026-12-05T10:00:00.000Z");
    expect(slots).toHaveLength(7 * 24);
  });

  it("accepts now or a slot, and refuses anything else", () => {
    expect(parseScheduleChoice("now", now)).toEqual({ ok: true, scheduledFor: null });
    expect(parseScheduleChoice(undefined, now)).toEqual({ ok: true, scheduledFor: null });
    expect(parseScheduleChoice("2026-11-30T15:00:00.000Z", now)).toEqual({ ok: true, scheduledFor: new Date("2026-11-30T15:00:00.000Z") });
    for (const bad of ["2026-11-28T09:00:00.000Z", "2026-12-06T10:00:00.000Z", "2026-11-30T15:30:00.000Z", "tomorrow"]) {
      expect(parseScheduleChoice(bad, now)).toEqual({ ok: false, error: SCHEDULE_ERROR });
    }
  });
});
