#!/usr/bin/env node
/**
 * Generates the Prisma client into ./generated without Prisma's native schema engine: the generator
 * does not need it, but the CLI looks for it, so point it at an existing file (a native engine download is not possible everywhere, e.g. behind a corporate proxy).
 * Only for `generate`: with this variable set, `migrate` commands silently do nothing.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const r = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(r.status ?? 1);
