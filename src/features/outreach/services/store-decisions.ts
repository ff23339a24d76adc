/**
 * Keeps the decision store filled: finds contacts whose stored decisions are missing (new, or
 * dropped by a change of their facts), made under another basis, or past their horizon, and has
 * the engine decide them again. Several app instances can run it side by side: each locks the
 * contacts it decides (FOR UPDATE SKIP LOCKED) and skips those another one holds.
 */
import { decideGrid } from "@/domain/outreach";
import type { Db, Tx } from "@/server/db";
import { loadContactFactsBatch } from "./decide-batch";
import { loadDecisionBasis, type DecisionBasis } from "./decision-basis";
import type { ContactRow } from "./fact-rows";
import { preloadSuppression, type SuppressionSource } from "./suppression-source";

/** Contacts decided per transaction: their rows stay locked meanwhile, so a change to one of
 *  them waits at most one batch. */
export const STORE_BATCH_SIZE = 1_000;

export type StoreRun = { decided: number; batches: number; done: boolean };

/**
 * Decides up to `maxBatches` batches of contacts that need it, from the start of the contact list
 * (ids are time-ordered, so the sweep meets new contacts last). `done` = nothing is left.
 */
export async function storeDecisions(
  db: Db,
  { batchSize = STORE_BATCH_SIZE, maxBatches = Infinity, now = () => new Date() } = {},
): Promise<StoreRun> {
  const basis = await loadDecisionBasis(db);
  const suppression = await preloadSuppression(db, basis.suppressionSalt);
  let after: string | null = null;
  let decided = 0;
  let batches = 0;
  while (batches < maxBatches) {
    const batch: { lastId: string | null; count: number } = await db.$transaction(
      (tx) => storeBatch(tx, basis, suppression, after, batchSize, now()),
      { timeout: 120_000 },
    );
    batches++;
    decided += batch.count;
    if (batch.lastId === null) return { decided, batches, done: true };
    after = batch.lastId;
  }
  return { decided, batches, done: false };
}

async function storeBatch(
  tx: Tx,
  basis: DecisionBasis,
  suppression: SuppressionSource,
  after: string | null,
  size: number,
  at: Date,
): Promise<{ lastId: string | null; count: number }> {
  const contacts = await lockContactsToDecide(tx, basis.key, after, size, at);
  if (contacts.length === 0) return { lastId: null, count: 0 };
  // The facts are read after the contacts are locked: a change to them waits for this
  // transaction, and then deletes what it wrote (see the migration's grondslag_forget_decisions).
  const facts = await loadContactFactsBatch(tx, contacts, at, suppression);
  const rows = facts.map((f) => {
    const { cells, validUntil } = decideGrid(f, basis.grid, at);
    return { contactId: f.id, cells, validUntil: validUntil?.toISOString() ?? null };
  });
  await tx.$executeRaw`
    INSERT INTO "StoredDecision" ("contactId", basis, cells, "decidedAt", "validUntil")
    SELECT r."contactId", ${basis.key}, r.cells, ${at}, r."validUntil"
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r("contactId" uuid, cells smallint[], "validUntil" timestamptz)
    ON CONFLICT ("contactId") DO UPDATE
      SET basis = EXCLUDED.basis, cells = EXCLUDED.cells, "decidedAt" = EXCLUDED."decidedAt", "validUntil" = EXCLUDED."validUntil"`;
  return { lastId: contacts[contacts.length - 1].id, count: contacts.length };
}

/** The next contacts (by id, after `after`) without a usable stored decision, locked. */
function lockContactsToDecide(
  tx: Tx,
  basis: string,
  after: string | null,
  size: number,
  at: Date,
): Promise<ContactRow[]> {
  return tx.$queryRaw<ContactRow[]>`
    WITH todo AS (
      SELECT c.id FROM "Contact" c LEFT JOIN "StoredDecision" s ON s."contactId" = c.id
      WHERE c.id > ${after ?? "00000000-0000-0000-0000-000000000000"}::uuid
        AND (s."contactId" IS NULL OR s.basis <> ${basis} OR s."validUntil" <= ${at})
      ORDER BY c.id LIMIT ${size}
      FOR UPDATE OF c SKIP LOCKED)
    SELECT c.id, c."sourceType"::text AS "sourceType", c."publishedForPurpose", c."collectedAt",
      co."legalForm"::text AS "legalForm"
    FROM todo JOIN "Contact" c ON c.id = todo.id LEFT JOIN "Company" co ON co.id = c."companyId"
    ORDER BY c.id`;
}

export type StoreStatus = { contacts: number; current: number; basis: string };

/** How many contacts have a stored decision under the current basis that has not expired. */
export async function decisionStoreStatus(db: Db, at = new Date()): Promise<StoreStatus> {
  const basis = await loadDecisionBasis(db);
  const [row] = await db.$queryRaw<{ contacts: number; current: number }[]>`
    SELECT (SELECT count(*)::int FROM "Contact") AS contacts,
      (SELECT count(*)::int FROM "StoredDecision" s WHERE s.basis = ${basis.key}
        AND s."decidedAt" <= ${at} AND (s."validUntil" IS NULL OR s."validUntil" > ${at})) AS current`;
  return { ...row, basis: basis.key };
}
