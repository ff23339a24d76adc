/**
 * A CSV import on PostgreSQL: the file is generated as it is uploaded (the benchmark never holds
 * it whole either), stored in chunks, then processed by the worker loop with every rule (contact
 * rules, suppression list, dedupe against the database and within the file). About 2% of the rows
 * repeat an earlier person (merged) and 1% have an invalid e-mail address (refused). Peak RSS is
 * sampled every 50 ms over upload and processing, and reported for each (a long upload once set the
 * peak: what Prisma keeps of its last queries grew with the file's pieces). Runs in this process on
 * PostgreSQL (BENCH_DATABASE_URL), so the figures are the app's own memory, not the database's.
 * Creates its own database and drops it afterwards.
 *   BENCH_IMPORT_ROWS=1000000 npm run bench -- import-csv
 */
import { connectDatabase } from "@/server/db/connect";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { SYSTEM } from "@/server/audit/actor";
import { createImport } from "@/features/imports/services/create-import";
import { runImports } from "@/features/imports/services/process-import";
import { PerformanceObserver, constants } from "node:perf_hooks";
import { figure, timed, type Bench } from "./_bench";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.BENCH_IMPORT_ROWS ?? "100000").split(",").map(Number);
const TARGET_S: Record<number, number> = { 100_000: 15, 1_000_000: 150 };

async function* csvFile(rows: number): AsyncGenerator<Uint8Array> {
  yield Buffer.from("Voornaam;Achternaam;E-mail;Mobiel;Bedrijf;Functie;Plaats\r\n", "utf8");
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const person = i % 50 === 49 ? i - 7 : i; // 2% repeat someone earlier in the file
    const email = i % 100 === 42 ? `geen-adres-${i}` : `p${person}@bedrijf${person % 5000}.nl`;
    const mobile = `06${String(10_000_000 + person).slice(-8)}`;
    lines.push(
      `Voornaam${person};Achternaam ${person};${email};${mobile};Bedrijf ${person % 5000} B.V.;Inkoper;Utrecht`,
    );
    if (lines.length === 5000) {
      yield Buffer.from(lines.join("\r\n") + "\r\n", "utf8");
      lines = [];
    }
  }
  if (lines.length) yield Buffer.from(lines.join("\r\n") + "\r\n", "utf8");
}

const bench: Bench = {
  description: `CSV import of ${SIZES.map((n) => n.toLocaleString("en")).join(" and ")} rows on PostgreSQL`,
  async run() {
    for (const rows of SIZES) {
      const scratch = await createScratchDatabase(SERVER, "grondslag_bench_import");
      const db = await connectDatabase({ kind: "postgres", url: scratch.url });
      // RSS is what the operator sees; the heap and the buffers outside it say where it went.
      const peaks = {
        upload: { rss: 0, heapUsed: 0, external: 0 },
        processing: { rss: 0, heapUsed: 0, external: 0 },
      };
      let phase: keyof typeof peaks = "upload";
      const sample = () => {
        const m = process.memoryUsage();
        const peak = peaks[phase];
        peak.rss = Math.max(peak.rss, m.rss);
        peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
        peak.external = Math.max(peak.external, m.external);
      };
      sample();
      const sampler = setInterval(sample, 50);
      // What is still alive right after each full collection: the import's real footprint. The peak
      // above also holds garbage V8 has not yet collected, and V8 waits longer the more it allocates.
      const afterFullGc: { phase: keyof typeof peaks; heap: number }[] = [];
      const gcWatch = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (
            (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ===
            constants.NODE_PERFORMANCE_GC_MAJOR
          )
            afterFullGc.push({ phase, heap: process.memoryUsage().heapUsed });
      });
      gcWatch.observe({ entryTypes: ["gc"] });
      try {
        const baseline = process.memoryUsage().rss;
        const upload = await timed(() =>
          createImport(db.prisma, SYSTEM, {
            fileName: "bench.csv",
            body: csvFile(rows),
            sourceType: "import",
            sourceDetail: "Export oud CRM",
            queue: { dryRun: false },
          }),
        );
        sample();
        phase = "processing";
        const processing = await timed(() => runImports(db.prisma));
        const b = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: upload.value.id } });
        const total = (upload.ms + processing.ms) / 1000;
        const target = TARGET_S[rows];
        figure(
          `${rows.toLocaleString("en")} rows: upload (${(b.sizeBytes / 1e6).toFixed(1)} MB, chunked)`,
          `${(upload.ms / 1000).toFixed(1)} s`,
        );
        figure(
          `${rows.toLocaleString("en")} rows: processing`,
          `${(processing.ms / 1000).toFixed(1)} s (${Math.round(rows / (processing.ms / 1000)).toLocaleString("en")} rows/s)`,
        );
        figure(
          `${rows.toLocaleString("en")} rows: upload + processing`,
          `${total.toFixed(1)} s${target ? ` (target <= ${target} s)` : ""}`,
        );
        figure(
          `${rows.toLocaleString("en")} rows: outcome`,
          `${b.status}: created ${b.created}, merged ${b.merged}, refused ${b.refused}`,
        );
        const mb = (n: number) => Math.round(n / 1e6);
        const { upload: up, processing: proc } = peaks;
        figure(
          `${rows.toLocaleString("en")} rows: peak RSS (baseline ${mb(baseline)} MB)`,
          `${mb(Math.max(up.rss, proc.rss))} MB: upload ${mb(up.rss)} MB (heap ${mb(up.heapUsed)}, outside ${mb(up.external)}), processing ${mb(proc.rss)} MB (heap ${mb(proc.heapUsed)}, outside ${mb(proc.external)})`,
        );
        const heaps = afterFullGc.map((c) => c.heap);
        const highestIn = (p: keyof typeof peaks) => {
          const inPhase = afterFullGc.filter((c) => c.phase === p).map((c) => c.heap);
          return inPhase.length ? `${mb(Math.max(...inPhase))} MB` : "none";
        };
        figure(
          `${rows.toLocaleString("en")} rows: heap after a full collection (${afterFullGc.length} collections)`,
          heaps.length
            ? `first ${mb(heaps[0])} MB, last ${mb(heaps.at(-1)!)} MB, highest ${mb(Math.max(...heaps))} MB (upload ${highestIn("upload")}, processing ${highestIn("processing")})`
            : "no full collection ran",
        );
      } finally {
        gcWatch.disconnect();
        clearInterval(sampler);
        await db.close();
        await scratch.drop();
      }
    }
  },
};
export default bench;
