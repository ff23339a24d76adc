/**
 * The business-card opt-in journey on a phone, in real Chromium against the production build, in
 * each language: from opening the form to "saved". Runs that journey of e2e/opt-in.spec.ts (plus
 * the first-run set-up it depends on) and reads the duration it records. Needs `npm run build`
 * first; uses E2E_PORT (default 3100) like the end-to-end tier.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { figure, type Bench } from "./_bench";

const root = path.resolve(import.meta.dirname, "..");
const ANNOTATION = "opt-in duration (s)";

type Suite = {
  title: string;
  suites?: Suite[];
  specs?: { title: string; tests: { results: { annotations?: { type: string; description?: string }[] }[] }[] }[];
};

function durations(suite: Suite, path: string[] = []): { title: string; seconds: number }[] {
  const out: { title: string; seconds: number }[] = [];
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests)
      for (const result of test.results)
        for (const a of result.annotations ?? [])
          if (a.type === ANNOTATION)
            out.push({ title: [...path, suite.title].join(" › "), seconds: Number(a.description) });
  for (const child of suite.suites ?? []) out.push(...durations(child, [...path, suite.title]));
  return out;
}

const bench: Bench = {
  description: "business-card opt-in on a phone, form to saved (Chromium, production build)",
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), "grondslag-bench-"));
    const report = path.join(dir, "opt-in.json");
    try {
      const r = spawnSync(
        path.join(root, "node_modules", ".bin", "playwright"),
        ["test", "e2e/opt-in.spec.ts", "--grep", "business-card opt-in"],
        { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, E2E_JSON_REPORT: report } },
      );
      const found = (JSON.parse(readFileSync(report, "utf8")).suites as Suite[]).flatMap((s) => durations(s));
      if (r.status !== 0 || found.length === 0) {
        figure("opt-in journey", "not measured (the journey failed; run it with npx playwright test)");
        return;
      }
      for (const d of found) figure(`opt-in, ${d.title.replace(/^.*\((\w+)\)$/, "$1")}`, `${d.seconds.toFixed(1)} s`);
      figure("target", "< 60 s per opt-in (a person at a stand)");
    } catch (error) {
      figure("opt-in journey", `not measured (${(error as Error).message.split("\n")[0]})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
