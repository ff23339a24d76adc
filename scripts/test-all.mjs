#!/usr/bin/env node
/**
 * `npm test`: every tier, then one line "N passed, N failed" summed over all of them.
 *   1. unit tests (pure domain rules)
 *   2. integration tests on the embedded database (PGlite)
 *   3. integration tests on a PostgreSQL server, when TEST_DATABASE_URL names one
 *   4. schema/migration agreement
 *   5. production build + end-to-end journeys in Chromium
 * TEST_TIERS=unit,integration,e2e limits the run. Each tier writes a JSON report to .ci-reports/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, ".ci-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (n) => path.join(root, "node_modules", ".bin", n);
const tiers = new Set((process.env.TEST_TIERS ?? "unit,integration,e2e").split(",").map((t) => t.trim()));
const results = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return r.status === 0;
}

function vitestTier(label, project, report, env = {}) {
  const file = path.join(reports, report);
  const ok = run(
    label,
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    env,
  );
  if (!existsSync(file)) return results.push({ label, passed: 0, failed: 1, note: "no report (the runner crashed)" });
  const j = JSON.parse(readFileSync(file, "utf8"));
  // A file that fails to load counts as a failure even though none of its tests ran.
  const brokenFiles = (j.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  ).length;
  results.push({
    label,
    passed: j.numPassedTests,
    failed: j.numFailedTests + brokenFiles + (ok || j.numFailedTests + brokenFiles ? 0 : 1),
  });
}

if (tiers.has("unit")) vitestTier("unit", "unit", "unit.json");
if (tiers.has("integration")) {
  vitestTier("integration (embedded PGlite)", "integration", "integration-pglite.json", { TEST_DATABASE_URL: "" });
  if (process.env.TEST_DATABASE_URL) vitestTier("integration (PostgreSQL)", "integration", "integration-postgres.json");
  const ok = run("schema and migrations agree", bin("tsx"), ["scripts/db/check-migrations.ts"]);
  results.push({ label: "migration check", passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}
if (tiers.has("e2e")) {
  if (!run("production build", "npm", ["run", "build", "--silent"])) {
    results.push({ label: "e2e", passed: 0, failed: 1, note: "the build failed" });
  } else {
    const file = path.join(reports, "e2e.json");
    run("end-to-end (Playwright, Chromium)", bin("playwright"), ["test"], { E2E_JSON_REPORT: file });
    if (!existsSync(file)) results.push({ label: "e2e", passed: 0, failed: 1, note: "no report (the runner crashed)" });
    else {
      const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
      const errors = (JSON.parse(readFileSync(file, "utf8")).errors ?? []).length;
      results.push({
        label: "e2e",
        passed: (s.expected ?? 0) + (s.flaky ?? 0),
        failed: (s.unexpected ?? 0) + (errors && !s.unexpected ? 1 : 0),
      });
    }
  }
}

console.log("\n=== summary ===");
for (const r of results)
  console.log(`${r.label.padEnd(32)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ""}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
