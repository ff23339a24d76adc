#!/usr/bin/env node
/**
 * The server the end-to-end journeys run against: the production build on a brand-new embedded
 * database (./.e2e-data, wiped at every run), with mail kept in the in-app outbox.
 */
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first (npm test does it for you).");
  process.exit(1);
}
const dataDir = path.join(root, ".e2e-data");
rmSync(dataDir, { recursive: true, force: true });
const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_MANUAL_SIG_HANDLE: "1",
  DATA_DIR: dataDir,
  APP_URL: `http://127.0.0.1:${port}`,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
};
delete env.DATABASE_URL;
delete env.SMTP_URL;
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "-p", port, "-H", "127.0.0.1"], {
  cwd: root,
  stdio: "inherit",
  env,
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
