import { describe, expect, it } from "vitest";
import { breachClock, isLate, mustInformSubjects, notificationDeadline, splitRemaining } from "@/domain/breaches";
import { fromWallTime, toWallTime } from "@/domain/requests";

const AMS = "Europe/Amsterdam";
const wall = (iso: string, tz = AMS) => {
  const [d, t] = iso.split("T");
  const [year, month, day] = d.split("-").map(Number);
  const [hour, minute] = t.split(":").map(Number);
  return fromWallTime({ year, month, day, hour, minute, second: 0, millisecond: 0 }, tz);
};
const hhmm = (at: Date, tz = AMS) => {
  const w = toWallTime(at, tz);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")} ${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
};

describe("notificationDeadline (AVG art. 33 lid 1: 72 hours after awareness)", () => {
  it("is exactly 72 elapsed hours after awareness, weekends included", () => {
    const aware = wall("2026-11-27T16:45"); // a Friday afternoon
    expect(notificationDeadline(aware).getTime() - aware.getTime()).toBe(72 * 3_600_000);
    expect(hhmm(notificationDeadline(aware))).toBe("2026-11-30 16:45"); // Monday, not Wednesday
  });

  it("shows one hour LATER on the Amsterdam clock across the switch to summer time", () => {
    const aware = wall("2026-03-28T10:00"); // CET; clocks go forward on 29 March
    expect(aware.toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(hhmm(notificationDeadline(aware))).toBe("2026-03-31 11:00");
  });

  it("shows one hour EARLIER on the Amsterdam clock across the switch back to winter time", () => {
    const aware = wall("2026-10-24T10:00"); // CEST; clocks go back on 25 October
    expect(hhmm(notificationDeadline(aware))).toBe("2026-10-27 09:00");
  });

  it("awareness during the repeated hour of the autumn switch still counts 72 real hours", () => {
    const first = new Date("2026-10-25T00:30:00Z"); // 02:30 CEST
    const second = new Date("2026-10-25T01:30:00Z"); // 02:30 CET, the same wall time an hour later
    expect(hhmm(first)).toBe(hhmm(second));
    expect(notificationDeadline(second).getTime() - notificationDeadline(first).getTime()).toBe(3_600_000);
  });

  it("is the same instant whichever office's time zone the awareness was typed in", () => {
    const inLisbon = wall("2026-06-10T08:00", "Europe/Lisbon");
    const inAmsterdam = wall("2026-06-10T09:00");
    expect(notificationDeadline(inLisbon).toISOString()).toBe(notificationDeadline(inAmsterdam).toISOString());
    expect(hhmm(notificationDeadline(inLisbon), "Europe/Lisbon")).toBe("2026-06-13 08:00");
  });

  it("refuses an invalid date", () => {
    expect(() => notificationDeadline(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("isLate", () => {
  const aware = new Date("2026-05-01T12:00:00Z");
  it("is on time up to and including the 72nd hour", () => {
    expect(isLate(aware, new Date("2026-05-04T12:00:00Z"))).toBe(false);
  });
  it("is late one millisecond after", () => {
    expect(isLate(aware, new Date("2026-05-04T12:00:00.001Z"))).toBe(true);
  });
});

describe("breachClock", () => {
  const awareAt = new Date("2026-05-01T12:00:00Z");
  const at = (iso: string) => new Date(iso);

  it("runs, turns urgent in the last 24 hours, and is overdue after 72", () => {
    expect(breachClock({ awareAt, risk: "risk", firstNotifiedAt: null, now: at("2026-05-02T12:00:00Z") }).state).toBe(
      "running",
    );
    expect(breachClock({ awareAt, risk: "risk", firstNotifiedAt: null, now: at("2026-05-03T12:00:00Z") }).state).toBe(
      "urgent",
    );
    const overdue = breachClock({ awareAt, risk: "high_risk", firstNotifiedAt: null, now: at("2026-05-04T13:30:00Z") });
    expect(overdue.state).toBe("overdue");
    expect(splitRemaining(overdue.remainingMs)).toEqual({ hours: 1, minutes: 30, overdue: true });
  });

  it("stops when the initial notification went out, and says whether that was in time", () => {
    const now = at("2026-06-01T00:00:00Z");
    expect(breachClock({ awareAt, risk: "risk", firstNotifiedAt: at("2026-05-03T09:00:00Z"), now }).state).toBe(
      "notified_in_time",
    );
    expect(breachClock({ awareAt, risk: "risk", firstNotifiedAt: at("2026-05-05T09:00:00Z"), now }).state).toBe(
      "notified_late",
    );
  });

  it("needs no notification when a risk is unlikely (the breach stays in the register)", () => {
    expect(
      breachClock({ awareAt, risk: "unlikely", firstNotifiedAt: null, now: at("2026-06-01T00:00:00Z") }).state,
    ).toBe("not_required");
  });
});

describe("mustInformSubjects (art. 34 lid 1)", () => {
  it("only for a high risk", () => {
    expect(mustInformSubjects("high_risk")).toBe(true);
    expect(mustInformSubjects("risk")).toBe(false);
    expect(mustInformSubjects("unlikely")).toBe(false);
  });
});
