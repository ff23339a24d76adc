/**
 * A phone coming back online after a day at a fair: 200 opt-ins from its offline queue (new
 * contacts from business cards, some of whom a colleague entered meanwhile, and a photo of each
 * card) synced one after another through the sync service, as the phone sends them; then the whole
 * queue once more, as a phone that never heard the answers would, which must record nothing new.
 * Embedded PGlite in memory by default, or a scratch database on BENCH_DATABASE_URL's server.
 */
import { randomUUID } from "node:crypto";
import { connectDatabase, type Database } from "@/server/db/connect";
import { syncOfflineOptIn } from "@/features/opt-in/services/sync-offline-opt-in";
import type { TOfflineOptInInput } from "@/features/opt-in/schemas";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { createStaffUser, userContext } from "../tests/factories/users";
import { createPurposeWithNotice } from "../tests/factories/purposes";
import { businessCardContactInput, createContactFromBusinessCard } from "../tests/factories/contacts";
import { PNG_1X1 } from "../tests/factories/consents";
import { figure, timed, type Bench } from "./_bench";

const ITEMS = Number(process.env.BENCH_OFFLINE_SYNC_ITEMS ?? 200);
const TARGET_S = 10;

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
  description: `sync ${ITEMS} opt-ins queued on a phone, then the same queue again (idempotent)`,
  async run() {
    const { db, where, drop } = await open();
    try {
      const rep = await createStaffUser(db.prisma, "sales");
      const ctx = userContext(rep.id, "sales");
      const purpose = await createPurposeWithNotice(db.prisma);
      const start = Date.now() - 8 * 60 * 60_000;
      const queue: TOfflineOptInInput[] = [];
      for (let i = 0; i < ITEMS; i++) {
        const { source: _source, consents: _consents, ...card } = businessCardContactInput();
        // One card in ten belongs to someone a colleague entered while the phone was offline.
        if (i % 10 === 0) {
          const existing = await createContactFromBusinessCard(db.prisma, ctx);
          card.emails = existing.input.emails;
        }
        queue.push({
          clientId: randomUUID(),
          newContact: card,
          purposes: [{ purpose: purpose.key, noticeVersion: 1 }],
          method: "business_card",
          givenAtDevice: new Date(start + i * 2 * 60_000),
          clockOffsetMs: 42_000,
          affirmativeAct: true,
          location: "Vakbeurs Utrecht, stand 12",
          statement: "Ja, stuur me de nieuwsbrief.",
          attachments: [{ fileName: "card.png", mimeType: "image/png", data: PNG_1X1 }],
        });
      }
      const first = await timed(async () => {
        for (const item of queue) await syncOfflineOptIn(db.prisma, ctx, item);
      });
      const again = await timed(async () => {
        for (const item of queue) await syncOfflineOptIn(db.prisma, ctx, item);
      });
      const receipts = await db.prisma.offlineOptInReceipt.count();
      figure(`${ITEMS} queued opt-ins synced (${where})`, `${(first.ms / 1000).toFixed(1)} s`);
      figure("target", `< ${TARGET_S} s`);
      figure(`the same ${ITEMS} uploaded again (answered from receipts)`, `${(again.ms / 1000).toFixed(1)} s`);
      figure("records after both rounds", `${receipts} receipts for ${ITEMS} items`);
    } finally {
      await drop();
    }
  },
};
export default bench;
