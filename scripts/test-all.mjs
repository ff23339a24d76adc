#!/usr/bin/env node
/**
 * `npm test`: every tier, then the per-tier counts, then one line "N passed, N failed" summed over
 * all of them. The tiers are the TIERS list below; adding a tier is one entry there.
 *
 * The counts are built so that the suite cannot look green while tests did not run:
 *  - a test that failed counts as failed;
 *  - a skipped or todo test counts as failed, unless tests/skip-allow-list.json names it with a
 *    reason (then it is counted as skipped and printed, never as passed);
 *  - a test file that failed before or around its tests (a failing beforeAll, a module that does
 *    not load) counts every test it hid as failed, and at least one failure when it hid all of them;
 *  - a tier that ran zero tests counts one failure (a glob that matches nothing, a crashed runner);
 *  - a runner that exits non-zero counts one failure when its report shows none (the exit status is
 *    never thrown away).
 * Vitest tiers run in a random order (`--sequence.shuffle`), so a test that leans on rows or state
 * left by another test fails sooner or later. The seed is printed; `TEST_SEED=<n> npm test` replays
 * an order.
 *
 * TEST_TIERS=unit,integration,e2e,lint limits the run (migration check belongs to integration; the
 * two-instance test belongs to e2e, since it needs the production build).
 * Each tier writes its JSON report to .ci-reports/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, ".ci-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (n) => path.join(root, "node_modules", ".bin", n);
const wanted = new Set((process.env.TEST_TIERS ?? "unit,integration,e2e,lint").split(",").map((t) => t.trim()));
const seed = Number(process.env.TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));
const allowList = loadAllowList(path.join(root, "tests", "skip-allow-list.json"));
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

/**
 * The tiers, in the order they run. `group` is what TEST_TIERS selects; `when` returns null to run
 * the tier or the reason it cannot run (a tier that cannot run in CI is a failure, elsewhere a note).
 */
const TIERS = [
  { name: "unit", group: "unit", run: () => vitestTier("unit", "unit.json") },
  {
    name: "integration (PGlite)",
    group: "integration",
    run: () => vitestTier("integration", "integration-pglite.json", { TEST_DATABASE_URL: "" }),
  },
  {
    name: "integration (PostgreSQL)",
    group: "integration",
    when: () => (process.env.TEST_DATABASE_URL ? null : "TEST_DATABASE_URL is not set"),
    run: () => vitestTier("integration", "integration-postgres.json"),
  },
  {
    name: "migration check",
    group: "integration",
    run: () => commandTier("schema and migrations agree", bin("tsx"), ["scripts/db/check-migrations.ts"]),
  },
  {
    name: "lint",
    group: "lint",
    when: () => (pkg.scripts?.lint ? null : "package.json has no lint script"),
    optional: true,
    run: () => commandTier("lint", "npm", ["run", "lint", "--silent"]),
  },
  { name: "e2e", group: "e2e", run: e2eTier },
  {
    // Two production servers on one scratch PostgreSQL database (docs/scaling.md).
    name: "two instances (PostgreSQL)",
    group: "e2e",
    when: () => (process.env.TEST_DATABASE_URL ? null : "TEST_DATABASE_URL is not set"),
    run: instancesTier,
  },
];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return r.status === 0;
}

/** A tier's tally. `skipped` holds allow-listed skips only; every other skip is in `failed`. */
function tally() {
  return { passed: 0, failed: 0, skipped: 0, notes: [] };
}

function loadAllowList(file) {
  if (!existsSync(file)) return [];
  const entries = JSON.parse(readFileSync(file, "utf8")).skips ?? [];
  for (const e of entries)
    if (!e.file || !e.test || !e.reason?.trim())
      throw new Error(`${path.relative(root, file)}: every entry needs "file", "test" and a "reason"`);
  return entries;
}

/** Counts one skipped or todo test: allowed (with its reason printed) or a failure. */
function countSkip(t, tier, file, title, kind) {
  const rel = path.relative(root, path.resolve(root, file));
  const allowed = allowList.find((e) => e.file === rel && e.test === title && (!e.tier || e.tier === tier));
  if (allowed) {
    t.skipped++;
    t.notes.push(`${kind} allowed: ${rel} › ${title} (${allowed.reason})`);
  } else {
    t.failed++;
    t.notes.push(`${kind} not on tests/skip-allow-list.json: ${rel} › ${title}`);
  }
}

function vitestTier(project, report, env = {}) {
  const file = path.join(reports, report);
  const t = tally();
  console.log(`vitest order seed ${seed} (replay with TEST_SEED=${seed})`);
  const ok = run(
    project,
    bin("vitest"),
    [
      "run",
      "--project",
      project,
      "--sequence.shuffle",
      `--sequence.seed=${seed}`,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
    ],
    env,
  );
  if (!existsSync(file)) {
    t.failed++;
    t.notes.push("no report (the runner crashed)");
    return t;
  }
  const j = JSON.parse(readFileSync(file, "utf8"));
  for (const f of j.testResults ?? []) {
    const tests = f.assertionResults ?? [];
    const rel = path.relative(root, f.name);
    // A file that failed while none of its own tests did failed in a hook or while loading: every
    // test it did not let run is a failure, not a skip.
    const brokenFile = f.status === "failed" && !tests.some((a) => a.status === "failed");
    if (brokenFile) {
      const hidden = tests.filter((a) => a.status !== "passed").length;
      t.failed += Math.max(1, hidden);
      t.notes.push(`${rel} failed outside its tests (${hidden} test(s) did not run): ${firstLine(f.message)}`);
    }
    for (const a of tests) {
      if (a.status === "passed") t.passed++;
      else if (a.status === "failed") t.failed++;
      else if (!brokenFile) countSkip(t, project, rel, a.fullName, a.status === "todo" ? "todo" : "skip");
    }
  }
  t.seed = seed;
  if (!ok && t.failed === 0) {
    t.failed++;
    t.notes.push("vitest exited non-zero without a failing test in its report");
  }
  return t;
}

function commandTier(label, cmd, args) {
  const t = tally();
  const ok = run(label, cmd, args);
  if (ok) t.passed++;
  else t.failed++;
  return t;
}

/** The production build, made once per run: the journeys and the two-instance test both start it. */
let built;
function productionBuild() {
  built ??= run("production build", "npm", ["run", "build", "--silent"]);
  return built;
}

function e2eTier() {
  return playwrightTier("end-to-end (Playwright, Chromium)", "e2e", [], "e2e.json", "e2e");
}

function instancesTier() {
  const config = path.join("tests", "instances", "playwright.config.ts");
  return playwrightTier(
    "two instances on PostgreSQL (Playwright)",
    "instances",
    ["--config", config],
    "instances.json",
    path.dirname(config),
  );
}

/** A Playwright run against the production build; `specDir` is its test folder, for the allow-list. */
function playwrightTier(label, tier, args, report, specDir) {
  const t = tally();
  if (!productionBuild()) {
    t.failed++;
    t.notes.push("the build failed");
    return t;
  }
  const file = path.join(reports, report);
  const ok = run(label, bin("playwright"), ["test", ...args], { E2E_JSON_REPORT: file });
  if (!existsSync(file)) {
    t.failed++;
    t.notes.push("no report (the runner crashed)");
    return t;
  }
  const j = JSON.parse(readFileSync(file, "utf8"));
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        const title = [...(suite.titlePath ?? []), spec.title].join(" › ");
        if (test.status === "expected" || test.status === "flaky") t.passed++;
        else if (test.status === "skipped") {
          const fixme = (test.annotations ?? []).some((a) => a.type === "fixme");
          countSkip(t, tier, path.join(specDir, spec.file), title, fixme ? "todo" : "skip");
        } else t.failed++;
      }
    for (const child of suite.suites ?? []) walk({ ...child, titlePath: [...(suite.titlePath ?? []), child.title] });
  };
  for (const s of j.suites ?? []) walk({ ...s, titlePath: [] });
  // Errors outside any test: a spec that did not load, the web server that did not start.
  const errors = j.errors ?? [];
  if (errors.length) {
    t.failed += errors.length;
    for (const e of errors) t.notes.push(`error outside a test: ${firstLine(e.message)}`);
  }
  if (!ok && t.failed === 0) {
    t.failed++;
    t.notes.push("playwright exited non-zero without a failing test in its report");
  }
  return t;
}

function firstLine(s) {
  return String(s ?? "")
    .split("\n")[0]
    .slice(0, 160);
}

const results = [];
for (const tier of TIERS) {
  if (!wanted.has(tier.group)) continue;
  const cannot = tier.when?.();
  if (cannot) {
    // In CI every tier must run (the lint tier only once the project has a lint script).
    const mustRun = process.env.CI && !tier.optional;
    results.push({ ...tally(), name: tier.name, failed: mustRun ? 1 : 0, notes: [`not run: ${cannot}`], absent: true });
    continue;
  }
  const t = tier.run();
  if (t.passed + t.failed === 0) {
    t.failed++;
    t.notes.push("ran zero tests");
  }
  results.push({ ...t, name: tier.name });
}

if (!results.some((r) => !r.absent))
  results.push({
    ...tally(),
    name: "(no tier)",
    failed: 1,
    notes: [`TEST_TIERS=${[...wanted]} selected no tier that could run`],
  });

console.log("\n=== summary ===");
if (results.some((r) => r.seed)) console.log(`vitest order seed ${seed}: replay with TEST_SEED=${seed} npm test`);
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped (allowed)` : "";
  console.log(`${r.name.padEnd(28)} ${r.passed} passed, ${r.failed} failed${skipped}`);
  for (const note of r.notes) console.log(`${"".padEnd(28)}   ${note}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
