/**
 * The production server for the HTTP benchmarks: what `npm start` serves (scripts/serve.mjs on the
 * build in .next), so that a figure is the product's, with its number of server processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * `authSecret`: to sign links (preference pages) the server will accept; random when not given.
 * `processes`: WEB_CONCURRENCY for the server; by default what `npm start` runs with this
 * environment (see scripts/lib/server-processes.mjs).
 */
export async function startServer(
  databaseUrl: string,
  port: number,
  { authSecret = randomBytes(32).toString("base64url"), processes }: { authSecret?: string; processes?: number } = {},
): Promise<ChildProcess> {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    APP_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: authSecret,
    LOG_LEVEL: "warn",
    NEXT_MANUAL_SIG_HANDLE: "1",
    // The load generator stands in for a reverse proxy: its X-Forwarded-For gives each simulated
    // visitor an address of their own, as the per-address limits would see real people.
    TRUSTED_PROXIES: "127.0.0.1",
    ...(processes === undefined ? {} : { WEB_CONCURRENCY: String(processes) }),
    // The bench measures the API, not its rate limit.
    API_RATE_LIMIT_PER_MINUTE: "1000000",
  } as NodeJS.ProcessEnv;
  // BENCH_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops (open it in
  // Chrome DevTools or speedscope) — the way to see where a request's time goes.
  const profile = process.env.BENCH_CPU_PROFILE;
  const server = spawn(
    process.execPath,
    [
      ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profile)}`] : []),
      path.join(root, "scripts", "serve.mjs"),
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGTERM");
  throw new Error("the server did not become healthy within 60 s");
}

export async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (server.exitCode === null) server.kill("SIGKILL");
}

/**
 * A process and all its descendants (the server's workers), from /proc (Linux only; [] elsewhere
 * or when the process is gone). A process that ends while this looks is left out.
 */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which may hold spaces, hence from the last ")"): ppid is the
      // 4th field of the line, the 2nd after the name.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  if (!existsSync(`/proc/${pid}`)) return [];
  const tree: number[] = [];
  for (const queue = [pid]; queue.length;) {
    const p = queue.pop()!;
    tree.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return tree;
}

/**
 * CPU time (user + system, ms) a process and the processes it started (the server's workers) have
 * used so far, from /proc (Linux only; null elsewhere). Clock ticks of 10 ms: read it around a run
 * of many calls, not around one. A process that exited in between is no longer counted.
 */
export async function processCpuMs(pid: number): Promise<number | null> {
  const tree = processTree(pid);
  if (tree.length === 0) return null;
  let total = 0;
  for (const p of tree) {
    try {
      // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after the name.
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      // gone
    }
  }
  return total;
}
