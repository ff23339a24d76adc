import http from "node:http";
import { percentile } from "./_bench";

/**
 * A lean HTTP client for load generation: node:http with keep-alive sockets. The load generator
 * shares this machine's cores with the server it measures; Node's built-in fetch costs several
 * times more CPU per request, and that CPU would be taken from the server and counted against it.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, scheduling: "fifo" });

export function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

export type OpenLoopResult = {
  total: number;
  p50: number;
  p99: number;
  /** Requests per second actually sent and answered over the run (below `rate` when the server fell behind). */
  achieved: number;
  /** "200: 998, 0: 2": each status with its count; 0 is a network error. */
  statuses: string;
};

/**
 * Open loop: `rate` requests a second for `seconds`, each leaving at its scheduled time whatever the
 * others do, and timed from that scheduled time, so a server that falls behind shows it in the
 * latencies instead of slowing the load down (the "coordinated omission" a closed loop hides).
 * `request(i)` answers the status.
 *
 * Requests are sent by one timer that wakes for the next due slot and sends every slot that is due,
 * rather than by a timer per request set up in advance: 12,000 timers and promises created at once
 * stalled this process for a tenth of a second, and the first requests then left late and counted
 * as the server's latency.
 */
export async function openLoop(
  rate: number,
  seconds: number,
  request: (i: number) => Promise<number>,
): Promise<OpenLoopResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const inFlight: Promise<void>[] = [];
  const t0 = performance.now();
  const scheduledAt = (slot: number) => t0 + (slot * 1000) / rate;
  const fire = (slot: number) => {
    const scheduled = scheduledAt(slot);
    inFlight.push(
      request(slot)
        .catch(() => 0)
        .then((status) => {
          latencies.push(performance.now() - scheduled);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
    );
  };
  await new Promise<void>((allSent) => {
    let next = 0;
    const sendDue = () => {
      while (next < total && scheduledAt(next) <= performance.now()) fire(next++);
      if (next < total) setTimeout(sendDue, Math.max(0, scheduledAt(next) - performance.now()));
      else allSent();
    };
    sendDue();
  });
  await Promise.all(inFlight);
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    total,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    achieved: Math.round(total / elapsed),
    statuses: [...statuses].map(([s, c]) => `${s}: ${c}`).join(", "),
  };
}

/**
 * The highest of `rates` (tried in rising order, `seconds` each) at which the p99 stays within
 * `p99LimitMs`; stops at the first rate that misses. Null when even the lowest misses.
 */
export async function highestRateWithin(
  rates: number[],
  seconds: number,
  p99LimitMs: number,
  request: (i: number) => Promise<number>,
  onStep: (rate: number, result: OpenLoopResult) => void,
): Promise<number | null> {
  let held: number | null = null;
  let offset = 0;
  for (const rate of [...rates].sort((a, b) => a - b)) {
    const start = offset;
    const result = await openLoop(rate, seconds, (i) => request(start + i));
    offset += result.total;
    onStep(rate, result);
    if (result.p99 > p99LimitMs || result.statuses.split(", ").some((s) => !s.startsWith("2"))) break;
    held = rate;
  }
  return held;
}

/**
 * `count` requests, `concurrency` at a time, before measuring: JIT, connection pools and route
 * compilation. Several at once open several connections, which the server's processes share out,
 * so that every process is warm, not only the one a single connection reaches.
 */
export async function warmUp(request: (i: number) => Promise<number>, count: number, concurrency = 8) {
  for (let i = 0; i < count; i += concurrency)
    await Promise.all(Array.from({ length: Math.min(concurrency, count - i) }, (_, k) => request(i + k)));
}
