/** Shared shape and helpers of the benchmarks. */
export type Bench = { description: string; run: () => Promise<void> };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Prints one aligned figure line: "   label ............ value". */
export function figure(label: string, value: string) {
  console.log(`   ${label.padEnd(58, ".")} ${value}`);
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}
