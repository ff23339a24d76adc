import { describe, expect, it } from "vitest";
import { readTimeTravel, toLocalInput } from "@/features/outreach/time-travel";

describe("the contact page's time-travel question", () => {
  it("reads the moment as Amsterdam wall-clock time, summer and winter", () => {
    expect(readTimeTravel({ at: "2026-06-15T10:00" }).at?.toISOString()).toBe("2026-06-15T08:00:00.000Z");
    expect(readTimeTravel({ at: "2026-01-15T10:00" }).at?.toISOString()).toBe("2026-01-15T09:00:00.000Z");
    // The first minute of the 2026 law, as a privacy officer would type it.
    expect(readTimeTravel({ at: "2026-07-01T00:00" }).at?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("asRecorded only with a moment; anything unreadable means now", () => {
    expect(readTimeTravel({ at: "2026-06-15T10:00", asRecorded: "1" })).toMatchObject({ asRecorded: true });
    expect(readTimeTravel({ asRecorded: "1" })).toEqual({ at: null, asRecorded: false });
    expect(readTimeTravel({ at: "yesterday" })).toEqual({ at: null, asRecorded: false });
    expect(readTimeTravel({ at: ["2026-06-15T10:00"] })).toEqual({ at: null, asRecorded: false });
  });

  it("shows a moment back in the field as it was typed", () => {
    expect(toLocalInput(new Date("2026-06-15T08:00:00.000Z"))).toBe("2026-06-15T10:00");
  });
});
