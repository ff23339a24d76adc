import { describe, expect, it } from "vitest";
import { addDays, addMonths } from "@/domain/calendar";

describe("addMonths", () => {
  it("keeps the day of the month, or takes the last day of a shorter month", () => {
    expect(addMonths(new Date("2027-01-31T10:00:00Z"), 1).toISOString()).toBe("2027-02-28T10:00:00.000Z");
    expect(addMonths(new Date("2027-11-30T10:00:00Z"), 3).toISOString()).toBe("2028-02-29T10:00:00.000Z");
    expect(addMonths(new Date("2027-03-15T10:00:00Z"), 3).toISOString()).toBe("2027-06-15T10:00:00.000Z");
  });

  it("counts back as well as forward, across a year", () => {
    expect(addMonths(new Date("2027-03-31T00:00:00Z"), -1).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(addMonths(new Date("2026-12-15T00:00:00Z"), 24).toISOString()).toBe("2028-12-15T00:00:00.000Z");
  });
});

describe("addDays", () => {
  it("adds whole days of 24 hours", () => {
    expect(addDays(new Date("2027-03-27T12:00:00Z"), 2).toISOString()).toBe("2027-03-29T12:00:00.000Z");
  });
});
