import { describe, expect, it } from "vitest";
import { computeDueAt, type ExtensionMonths } from "@/domain/requests/compute-due-at";

const due = (receivedIso: string, ext: ExtensionMonths = 0, tz?: string) =>
  computeDueAt(new Date(receivedIso), ext, tz).toISOString();

describe("computeDueAt: one calendar month, end of day in Amsterdam", () => {
  it("ends at 23:59:59.999 Amsterdam time on the same day next month (summer time: UTC+2)", () => {
    expect(due("2026-03-05T10:00:00Z")).toBe("2026-04-05T21:59:59.999Z");
  });

  it("uses winter time (UTC+1) when the due day is in winter", () => {
    expect(due("2026-11-10T09:00:00Z")).toBe("2026-12-10T22:59:59.999Z");
  });

  it("crosses the year boundary", () => {
    expect(due("2026-12-15T10:00:00Z")).toBe("2027-01-15T22:59:59.999Z");
  });
});

describe("computeDueAt: month ends", () => {
  it("clamps 31 January to 28 February in a common year", () => {
    expect(due("2026-01-31T12:00:00Z")).toBe("2026-02-28T22:59:59.999Z");
  });

  it("clamps 31 January to 29 February in a leap year (2028)", () => {
    expect(due("2028-01-31T12:00:00Z")).toBe("2028-02-29T22:59:59.999Z");
  });

  it("clamps 30 January to 29 February in a leap year", () => {
    expect(due("2028-01-30T12:00:00Z")).toBe("2028-02-29T22:59:59.999Z");
  });

  it("clamps 31 March to 30 April", () => {
    expect(due("2026-03-31T08:00:00Z")).toBe("2026-04-30T21:59:59.999Z");
  });

  it("keeps 29 February to 29 March", () => {
    expect(due("2028-02-29T08:00:00Z")).toBe("2028-03-29T21:59:59.999Z");
  });

  it("keeps 28 February to 28 March (no end-of-month snapping)", () => {
    expect(due("2026-02-28T08:00:00Z")).toBe("2026-03-28T22:59:59.999Z");
  });
});

describe("computeDueAt: the Amsterdam calendar day decides, not the UTC one", () => {
  it("a receipt at 23:30 UTC on 31 January arrived on 1 February in Amsterdam", () => {
    expect(due("2026-01-31T23:30:00Z")).toBe("2026-03-01T22:59:59.999Z");
  });

  it("a receipt at 22:30 UTC on 28 February (winter) is 1 March in Amsterdam", () => {
    expect(due("2026-02-28T23:30:00Z")).toBe("2026-04-01T21:59:59.999Z");
  });

  it("a receipt at 22:30 UTC in summer is already the next day in Amsterdam (UTC+2)", () => {
    expect(due("2026-06-14T22:30:00Z")).toBe("2026-07-15T21:59:59.999Z");
  });

  it("a receipt at 21:59 UTC in summer is still the same day", () => {
    expect(due("2026-06-14T21:59:00Z")).toBe("2026-07-14T21:59:59.999Z");
  });

  it("follows another time zone when asked", () => {
    expect(due("2026-01-31T23:30:00Z", 0, "UTC")).toBe("2026-02-28T23:59:59.999Z");
  });
});

describe("computeDueAt: DST transitions", () => {
  it("receipt at 2026-03-29 00:30 UTC (01:30 CET, before the clocks go forward)", () => {
    expect(due("2026-03-29T00:30:00Z")).toBe("2026-04-29T21:59:59.999Z");
  });

  it("receipt at 2026-03-29 01:30 UTC (03:30 CEST, after the clocks went forward)", () => {
    expect(due("2026-03-29T01:30:00Z")).toBe("2026-04-29T21:59:59.999Z");
  });

  it("receipt on the night the clocks go back (2026-10-25 00:30 and 01:30 UTC are both 02:30 local)", () => {
    expect(due("2026-10-25T00:30:00Z")).toBe("2026-11-25T22:59:59.999Z");
    expect(due("2026-10-25T01:30:00Z")).toBe("2026-11-25T22:59:59.999Z");
  });

  it("due day on which summer time starts ends at 23:59:59.999 CEST", () => {
    expect(due("2027-02-28T12:00:00Z")).toBe("2027-03-28T21:59:59.999Z");
  });

  it("due day on which summer time ends ends at 23:59:59.999 CET", () => {
    expect(due("2026-09-25T10:00:00Z")).toBe("2026-10-25T22:59:59.999Z");
  });

  it("the period spanning a DST change is still whole calendar days, not 30 x 24 hours", () => {
    const received = new Date("2026-03-10T11:00:00Z"); // 12:00 CET
    const dueAt = computeDueAt(received);
    expect(dueAt.toISOString()).toBe("2026-04-10T21:59:59.999Z"); // 23:59:59.999 CEST
  });
});

describe("computeDueAt: extensions (two further months, counted from receipt)", () => {
  it("adds one month", () => {
    expect(due("2026-03-05T10:00:00Z", 1)).toBe("2026-05-05T21:59:59.999Z");
  });

  it("adds two months", () => {
    expect(due("2026-03-05T10:00:00Z", 2)).toBe("2026-06-05T21:59:59.999Z");
  });

  it("clamps from the day of receipt: 31 January + 3 months is 30 April", () => {
    expect(due("2026-01-31T12:00:00Z", 1)).toBe("2026-03-31T21:59:59.999Z");
    expect(due("2026-01-31T12:00:00Z", 2)).toBe("2026-04-30T21:59:59.999Z");
  });

  it("crosses the year boundary with an extension, in winter time", () => {
    expect(due("2026-12-15T10:00:00Z", 2)).toBe("2027-03-15T22:59:59.999Z");
  });
});

describe("computeDueAt: bad input", () => {
  it("refuses more than two extension months", () => {
    expect(() => computeDueAt(new Date("2026-01-01T00:00:00Z"), 3 as ExtensionMonths)).toThrow(RangeError);
  });
  it("refuses an invalid date", () => {
    expect(() => computeDueAt(new Date("nope"))).toThrow(RangeError);
  });
  it("refuses an unknown time zone", () => {
    expect(() => computeDueAt(new Date("2026-01-01T00:00:00Z"), 0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
