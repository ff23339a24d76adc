/** The production server (`next start`, the build in .next) for the HTTP benchmarks. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
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

/** `authSecret`: to sign links (preference pages) the server will accept; random when not given. */
export async function startServer(
  databaseUrl: string,
  port: number,
  authSecret = randomBytes(32).toString("base64url"),
): Promise<ChildProcess> {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    APP_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: authSecret,
    LOG_LEVEL: "warn",
    // The bench measures the API, not its rate limit.
    API_RATE_LIMIT_PER_MINUTE: "1000000",
  } as NodeJS.ProcessEnv;
  // BENCH_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops (open it in
  // Chrome DevTools or speedscope) — the way to see where a request's time goes.
  const profile = process.env.BENCH_CPU_PROFILE;
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const server = spawn(
    process.execPath,
    [
      ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profile)}`] : []),
      next,
      "start",
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
 * The CPU time (user + system, ms) the server process has used so far, from /proc (Linux); null
 * elsewhere. Read before and after a run of requests sent one after another, it gives the CPU one
 * request costs: the figure that decides how many requests a second a core can serve, and one a
 * busy machine disturbs much less than latencies.
 */
export function serverCpuMs(server: ChildProcess): number | null {
  try {
    const stat = readFileSync(`/proc/${server.pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ: 100 on every Linux this runs on (the kernel reports /proc times in these ticks). */
const CLOCK_TICKS = 100;
