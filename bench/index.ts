/**
 * `npm run bench` runs every benchmark in this folder; `npm run bench -- <name> [...]` runs the
 * named ones. A benchmark is a file bench/<name>.ts whose default export is a Bench; files whose
 * name starts with "_" are helpers. Benchmarks print figures; they assert nothing (tests do that).
 * A bench listed in ON_REQUEST runs only when named.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Bench } from "./_bench";

const dir = import.meta.dirname;
const available = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();

/** Long runs, left out of the full run: `api-load` holds its rate for ten minutes by default;
 *  `campaign-send` mails some 35,000 messages one at a time (about six minutes at 100,000 contacts). */
const ON_REQUEST = ["api-load", "campaign-send"];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown bench: ${unknown.join(", ")}. Available: ${available.join(", ")}`);
  process.exit(2);
}

const started = performance.now();
const skipped = wanted.length ? [] : available.filter((name) => ON_REQUEST.includes(name));
if (skipped.length) console.log(`Not in the full run (name them to run them): ${skipped.join(", ")}`);
for (const name of wanted.length ? wanted : available.filter((name) => !skipped.includes(name))) {
  const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as { default: Bench };
  console.log(`\n== ${name}: ${mod.default.description}`);
  const t0 = performance.now();
  await mod.default.run();
  console.log(`   (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll benches done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
