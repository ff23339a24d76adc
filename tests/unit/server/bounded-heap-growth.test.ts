import v8 from "node:v8";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BULK_HEAP_GROWING_PERCENT, withBoundedHeapGrowth } from "@/server/jobs/bounded-heap-growth";

describe("a bulk job's heap growth", () => {
  afterEach(() => vi.restoreAllMocks());

  it("fixes V8's growing factor while jobs run and gives V8 its own choice back after the last one", async () => {
    const flags = vi.spyOn(v8, "setFlagsFromString");
    let releaseFirst!: () => void;
    const first = withBoundedHeapGrowth(() => new Promise<void>((done) => (releaseFirst = done)));
    // A second job overlapping the first (two imports in one process) shares the setting.
    await withBoundedHeapGrowth(async () => undefined);
    expect(flags.mock.calls.map((c) => c[0])).toEqual([`--heap-growing-percent=${BULK_HEAP_GROWING_PERCENT}`]);
    releaseFirst();
    await first;
    expect(flags.mock.calls.map((c) => c[0])).toEqual([
      `--heap-growing-percent=${BULK_HEAP_GROWING_PERCENT}`,
      "--heap-growing-percent=0",
    ]);
  });

  it("restores the default when the job fails", async () => {
    const flags = vi.spyOn(v8, "setFlagsFromString");
    await expect(withBoundedHeapGrowth(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(flags.mock.calls.at(-1)?.[0]).toBe("--heap-growing-percent=0");
  });
});
