import { describe, expect, it } from "vitest";
import { addCalendarMonths, daysInMonth, fromWallTime, toWallTime } from "@/domain/requests/zoned-time";

const AMS = "Europe/Amsterdam";
const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe("toWallTime / fromWallTime", () => {
  it("reads the Amsterdam wall clock, keeping milliseconds", () => {
    expect(toWallTime(new Date("2026-07-01T10:15:30.123Z"), AMS)).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      hour: 12,
      minute: 15,
      second: 30,
      millisecond: 123,
    });
  });

  it("shows midnight as hour 0, not 24", () => {
    expect(toWallTime(new Date("2026-01-01T23:00:00Z"), AMS)).toMatchObject({ day: 2, hour: 0 });
  });

  it("round-trips ordinary wall times", () => {
    expect(fromWallTime(wall(2026, 1, 15, 9, 30), AMS).toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(fromWallTime(wall(2026, 7, 15, 9, 30), AMS).toISOString()).toBe("2026-07-15T07:30:00.000Z");
  });

  it("picks the later instant for a wall time that occurs twice (clocks going back)", () => {
    expect(fromWallTime(wall(2026, 10, 25, 2, 30), AMS).toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });

  it("moves a wall time that does not exist (clocks going forward) past the gap", () => {
    expect(fromWallTime(wall(2026, 3, 29, 2, 30), AMS).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});

describe("addCalendarMonths / daysInMonth", () => {
  it("knows month lengths and leap years", () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("clamps to the last day of a shorter month and rolls over years", () => {
    expect(addCalendarMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addCalendarMonths({ year: 2026, month: 11, day: 30 }, 3)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addCalendarMonths({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 31 });
  });
});
