#!/usr/bin/env node
/**
 * The production HTTP server: Next.js behind a small Node server of our own, for two reasons.
 *
 * The client's IP address. `next start` passes on whatever X-Forwarded-For a client sends, so the
 * sign-in throttle and the audit trail could be fooled. Here the address comes from the socket,
 * or from X-Forwarded-For only when the socket is a proxy listed in TRUSTED_PROXIES
 * (scripts/lib/client-ip.mjs), and reaches the app in one header that a client cannot set.
 *
 * The cores. On PostgreSQL it can run several server processes (WEB_CONCURRENCY;
 * scripts/lib/server-processes.mjs says when that pays), on the embedded database one: a primary
 * process that only starts, watches and stops them, and workers that share the listening port. Each worker is a full
 * instance (its own connections, background workers and instance id), exactly as if it ran on
 * another machine. The workers run with SERVER_NODE_FLAGS (scripts/lib/server-node-flags.mjs).
 *
 *   node scripts/serve.mjs [-p port] [-H host]
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import path from "node:path";
import { CLIENT_IP_HEADER, parseTrustedProxies, resolveClientIp } from "./lib/client-ip.mjs";
import { serverProcesses } from "./lib/server-processes.mjs";
import { SERVER_NODE_FLAGS } from "./lib/server-node-flags.mjs";

const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT ?? "3000"));
const host = arg("-H", process.env.HOST ?? "0.0.0.0");

const processes = serverProcesses(process.env);
if ("error" in processes) {
  console.error(processes.error);
  process.exit(1);
}

if (cluster.isPrimary) superviseWorkers(processes.count);
else await serveHttp();

async function serveHttp() {
  // Imported here, not at the top: the primary process only supervises and stays small.
  const { default: next } = await import("next");
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
    void handle(req, res);
  });
  server.listen(port, host);
}

/**
 * Starts `count` workers and keeps them running. A worker that dies after it has run a while is
 * replaced; one that dies within its first STARTUP_MS (bad configuration, a database that cannot be
 * opened or migrated) stops the whole server with its exit code, rather than being restarted in a
 * loop. SIGINT/SIGTERM are passed on, and the primary exits when every worker has closed its
 * database and gone.
 */
const STARTUP_MS = 30_000;

function superviseWorkers(count) {
  let stopping = false;
  const startedAt = new Map();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  const running = () => Object.keys(cluster.workers ?? {}).length;
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === count)
      console.log(`Grondslag listening on http://${host}:${port} (${count} server process${count > 1 ? "es" : ""})`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (running() === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < STARTUP_MS) {
      console.error(`A server process stopped while starting (exit ${code ?? signal}); stopping.`);
      process.exitCode = code || 1;
      stopAll("SIGTERM");
      return;
    }
    console.error(`A server process stopped (exit ${code ?? signal}); starting another.`);
    fork();
  });
  const stopAll = (sig) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
    if (running() === 0) process.exit(process.exitCode ?? 0);
  };
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stopAll(sig));
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...SERVER_NODE_FLAGS] });
  for (let i = 0; i < count; i++) fork();
}
