/**
 * An audience of BENCH_CONTACTS (default 100,000) on the embedded database (PGlite, in a temporary
 * data folder as `npm start` uses one): the same data and figures as audience-postgres, for the
 * organisation that runs on one machine.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectDatabase } from "@/server/db/connect";
import { getPurposeById } from "@/features/purposes/services/load-purpose";
import { figure, timed, type Bench } from "./_bench";
import { seedAudience } from "./_seed-audience";
import { engineFigure, previewFigures, storeFigures } from "./_audience-figures";

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);

const bench: Bench = {
  description: `${CONTACTS.toLocaleString("en")}-contact audience on the embedded database`,
  async run() {
    const dataDir = mkdtempSync(path.join(tmpdir(), "grondslag-bench-"));
    const db = await connectDatabase({ kind: "pglite", dataDir });
    try {
      // The seed speaks to a pg client; PGlite is one connection, so its temporary tables persist
      // between statements just as on that client.
      const client = {
        query: async (sql: string, params: unknown[] = []) => ({
          rows: await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params),
        }),
      };
      const seeded = await timed(() => seedAudience(client as never, CONTACTS));
      figure("seed (set-based)", `${(seeded.ms / 1000).toFixed(1)} s`);
      const purpose = await getPurposeById(db.prisma, seeded.value.purposeId);
      await storeFigures(db.prisma, CONTACTS);
      await db.prisma.$executeRawUnsafe("VACUUM ANALYZE");
      await previewFigures(db.prisma, purpose, "(no target at 1,000,000; ≤ 10 s at 100,000)");
      if (process.env.BENCH_SKIP_ENGINE !== "1") await engineFigure(db.prisma, purpose);
    } finally {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
export default bench;
