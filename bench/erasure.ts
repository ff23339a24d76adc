/**
 * Erasure (AVG art. 17) of one fully loaded contact: every table a person can leave traces in, an
 * earlier request, then the erasure request executed. The proof that erasure erases is an
 * integration test; this prints how long it takes. Embedded PGlite in memory by default, or a
 * scratch database on BENCH_DATABASE_URL's server when that is set.
 */
import { connectDatabase, type Database } from "@/server/db/connect";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { createStaffUser, userContext } from "../tests/factories/users";
import { createPersonWithEverything, createVerifiedRequest } from "../tests/factories/requests";
import { figure, percentile, timed, type Bench } from "./_bench";

const ROUNDS = Number(process.env.BENCH_ERASURE_ROUNDS ?? 5);

async function open(): Promise<{ db: Database; where: string; drop: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const db = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
    return { db, where: "embedded PGlite", drop: () => db.close() };
  }
  const scratch = await createScratchDatabase(server, "grondslag_bench");
  const db = await connectDatabase({ kind: "postgres", url: scratch.url });
  return { db, where: "PostgreSQL", drop: async () => (await db.close(), await scratch.drop()) };
}

const bench: Bench = {
  description: "erasure of one fully loaded contact (request executed end to end)",
  async run() {
    const { db, where, drop } = await open();
    try {
      const officer = await createStaffUser(db.prisma);
      const ctx = userContext(officer.id);
      const samples: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const person = await createPersonWithEverything(db.prisma, officer.id);
        const request = await createVerifiedRequest(db.prisma, ctx, "erasure", {
          contactIds: [person.contact.id],
          requesterName: person.fullName,
          requesterEmail: person.emails[0],
        });
        samples.push((await timed(() => executeErasure(db.prisma, ctx, { requestId: request.id }))).ms);
      }
      samples.sort((a, b) => a - b);
      figure(`erasure, median of ${ROUNDS} (${where})`, `${percentile(samples, 50).toFixed(0)} ms`);
      figure("erasure, slowest", `${samples[samples.length - 1].toFixed(0)} ms`);
      figure("target", "< 1,000 ms per fully loaded contact");
    } finally {
      await drop();
    }
  },
};
export default bench;
