#!/usr/bin/env node
/**
 * `npm start`: builds when the sources changed since the last build, then serves the app.
 * The database (embedded PGlite in ./data by default) is opened and migrated by the server itself
 * (src/instrumentation.ts), so these two steps are all a fresh machine needs.
 */
import { spawnSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const stampFile = path.join(root, ".next", "grondslag-source-fingerprint");

function fingerprint() {
  const hash = createHash("sha256");
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e));
    else hash.update(`${path.relative(root, p)}:${s.size}:${s.mtimeMs}\n`);
  };
  for (const p of ["src", "messages", "prisma", "public", "package-lock.json", "next.config.ts", "postcss.config.mjs"])
    walk(path.join(root, p));
  return hash.digest("hex");
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const current = fingerprint();
const built = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : "";
if (!existsSync(path.join(root, ".next", "BUILD_ID")) || built !== current || process.env.GRONDSLAG_REBUILD === "1") {
  console.log("Building Grondslag (first start or sources changed)…");
  run("node", [path.join(root, "scripts", "generate-client.mjs")]);
  run(bin("next"), ["build"]);
  writeFileSync(stampFile, current);
}

const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "-p", port], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "1" },
});
// Forward Ctrl-C / SIGTERM to the server, which closes the database before it exits.
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
