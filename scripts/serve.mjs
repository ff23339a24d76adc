#!/usr/bin/env node
/**
 * The production HTTP server: Next.js behind a small Node server of our own, for one reason: the
 * client's IP address. `next start` passes on whatever X-Forwarded-For a client sends, so the
 * sign-in throttle and the audit trail could be fooled. Here the address comes from the socket,
 * or from X-Forwarded-For only when the socket is a proxy listed in TRUSTED_PROXIES
 * (scripts/lib/client-ip.mjs), and reaches the app in one header that a client cannot set.
 *
 *   node scripts/serve.mjs [-p port] [-H host]
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_IP_HEADER, parseTrustedProxies, resolveClientIp } from "./lib/client-ip.mjs";

const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT ?? "3000"));
const host = arg("-H", process.env.HOST ?? "0.0.0.0");
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  void handle(req, res);
});
server.listen(port, host, () => console.log(`Grondslag listening on http://${host}:${port}`));
