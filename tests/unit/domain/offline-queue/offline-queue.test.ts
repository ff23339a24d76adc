import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  correctedMoment,
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  measureClockOffset,
  retryDelay,
  syncOrder,
} from "@/domain/offline-queue";

const item = (clientId: string, givenAtDevice: string, queuedAt: number) => ({ clientId, givenAtDevice, queuedAt });

describe("measureClockOffset", () => {
  it("compares the server's time with the middle of the round trip", () => {
    // Sent at 1000, answered at 1200 (device clock); the server said 61100: the device is 60 s slow.
    expect(measureClockOffset(1_000, 1_200, 61_100)).toBe(60_000);
  });

  it("is negative for a device clock that runs ahead", () => {
    expect(measureClockOffset(100_000, 100_100, 40_050)).toBe(-60_000);
  });

  it("is zero for clocks that agree, whatever the round trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 60_000 }), (sent, trip) => {
        expect(measureClockOffset(sent, sent + trip, sent + trip / 2)).toBe(0);
      }),
    );
  });
});

describe("correctedMoment", () => {
  it("moves the device's moment onto the server's clock", () => {
    expect(correctedMoment(new Date("2026-03-10T10:00:00.000Z"), 90_000).toISOString()).toBe(
      "2026-03-10T10:01:30.000Z",
    );
    expect(correctedMoment(new Date("2026-03-10T10:00:00.000Z"), -500).toISOString()).toBe("2026-03-10T09:59:59.500Z");
  });
});

describe("syncOrder", () => {
  it("sends the oldest opt-in first, then by queueing order, then by id", () => {
    const a = item("b", "2026-03-10T10:00:00.000Z", 5);
    const b = item("a", "2026-03-10T10:00:00.000Z", 5);
    const c = item("c", "2026-03-10T09:00:00.000Z", 9);
    const d = item("d", "2026-03-10T10:00:00.000Z", 1);
    expect(syncOrder([a, b, c, d]).map((i) => i.clientId)).toEqual(["c", "d", "a", "b"]);
  });

  it("gives the same order whatever order the store returned, and does not change its input", () => {
    const items = [
      item("x", "2026-03-10T10:00:00.000Z", 1),
      item("y", "2026-03-10T08:00:00.000Z", 2),
      item("z", "2026-03-10T10:00:00.000Z", 0),
    ];
    const copy = [...items];
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: 3, maxLength: 3 }), (shuffled) => {
        expect(syncOrder(shuffled).map((i) => i.clientId)).toEqual(["y", "z", "x"]);
      }),
    );
    expect(items).toEqual(copy);
  });
});

describe("retryDelay", () => {
  it("does not wait before the first attempt", () => {
    expect(retryDelay(0, 0.5)).toBe(0);
  });

  it("doubles from two seconds after each failure, up to five minutes", () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 0))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelay(9, 0)).toBe(MAX_RETRY_MS);
    expect(retryDelay(1_000, 0)).toBe(MAX_RETRY_MS);
  });

  it("takes at most a quarter off at random, so phones do not retry in step", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, random) => {
        const full = retryDelay(failures, 0);
        const delay = retryDelay(failures, random);
        expect(delay).toBeLessThanOrEqual(full);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(full * 0.75));
        expect(delay).toBeGreaterThanOrEqual(Math.floor(FIRST_RETRY_MS * 0.75));
      }),
    );
  });
});
