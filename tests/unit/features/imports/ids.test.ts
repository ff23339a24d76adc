import { describe, expect, it } from "vitest";
import { uuidv7 } from "@/features/imports/services/ids";

describe("uuidv7", () => {
  it("is a version 7 UUID with the RFC variant", () => {
    expect(uuidv7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("carries the time in its first 48 bits, so ids sort in the order they were made", () => {
    const at = Date.UTC(2026, 10, 30, 9, 0, 0, 123);
    const id = uuidv7(at);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
    expect(uuidv7(at) < uuidv7(at + 1)).toBe(true);
  });

  it("differs between two ids of the same millisecond", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });
});
