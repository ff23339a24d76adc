/**
 * Child process of the `runtime-gc` bench: creates 100,000 objects of one kind, each holding a
 * 1.6 KB array and dropped at once, and prints how the garbage collector met them as JSON: young-
 * generation collections (scavenges), full collections, and how much the old generation grew in
 * all (the sum of its growth between samples, so that what a full collection frees is not netted).
 * Garbage that scavenges collect never reaches the old generation; garbage they keep alive is
 * copied, promoted, and waits for a full collection.
 */
import { PerformanceObserver, constants } from "node:perf_hooks";
import { getHeapSpaceStatistics } from "node:v8";

const COUNT = 100_000;
/** Each object's payload: an array of 200 small integers, 8 bytes a slot plus the array's header. */
const PAYLOAD_SLOTS = 200;
const PAYLOAD_BYTES = PAYLOAD_SLOTS * 8 + 8;
const kind = process.argv[2];
const registry = new FinalizationRegistry(() => {});
const make = {
  "plain object": (payload) => ({ payload }),
  ReadableStream: (payload) => new ReadableStream({ start: (c) => (c.enqueue(payload), c.close()) }),
  "AbortSignal with a listener": (payload) => {
    const controller = new AbortController();
    controller.signal.addEventListener("abort", () => payload.length);
    return controller;
  },
  "FinalizationRegistry entry": (payload) => {
    const o = { payload };
    registry.register(o, 0);
    return o;
  },
}[kind];

let scavenges = 0;
let full = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
    if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++;
  }
}).observe({ entryTypes: ["gc"] });
const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === "old_space").space_used_size;
let oldLast = oldSpace();
let promoted = 0;
for (let i = 0; i < COUNT; i++) {
  // Yield now and then, as a server does between requests: pending jobs end, WeakRefs are released.
  if (i % 100 === 0) {
    await new Promise((resolve) => setImmediate(resolve));
    const now = oldSpace();
    promoted += Math.max(0, now - oldLast);
    oldLast = now;
  }
  make(new Array(PAYLOAD_SLOTS).fill(i));
}
// The observer is told of collections asynchronously: let the last ones arrive.
await new Promise((resolve) => setTimeout(resolve, 50));
console.log(
  JSON.stringify({ scavenges, full, promotedMb: promoted / 1e6, allocatedMb: (COUNT * PAYLOAD_BYTES) / 1e6 }),
);
