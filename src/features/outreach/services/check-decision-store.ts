/**
 * The decision store's self-check: takes a random sample of contacts with a current stored
 * decision, has the engine decide them again from their facts, and compares every cell. A
 * difference means the store answered something the engine would not (a fact change that did not
 * drop the row, a horizon that came too late): it is logged as an error and kept on the check's
 * row, which the status command and the decision-store page show.
 */
import { decideGrid, decodeCell, RULE_CODES } from "@/domain/outreach";
import { CHANNELS } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { loadContactFactsBatch } from "./decide-batch";
import { loadDecisionBasis, type DecisionBasis } from "./decision-basis";
import type { ContactRow } from "./fact-rows";
import { preloadSuppression } from "./suppression-source";

export type StoreDifference = {
  contactId: string;
  purpose: string;
  channel: string;
  commercial: boolean;
  stored: string;
  engine: string;
};
export type StoreCheck = { checkedAt: Date; sampled: number; differences: number; examples: StoreDifference[] };

const EXAMPLES_KEPT = 10;

export async function checkDecisionStore(db: Db, { sample = 500, now = new Date() } = {}): Promise<StoreCheck> {
  const basis = await loadDecisionBasis(db);
  const suppression = await preloadSuppression(db, basis.suppressionSalt);
  const result = await db.$transaction(
    async (tx) => {
      // Locked like a decision run locks them, so that no fact changes between the stored answer
      // and the engine's: a difference is then always a real one.
      const sampled = await tx.$queryRaw<(ContactRow & { cells: number[] })[]>`
        WITH picked AS (
          SELECT s."contactId" AS id, s.cells FROM "StoredDecision" s
          WHERE s.basis = ${basis.key} AND s."decidedAt" <= ${now} AND (s."validUntil" IS NULL OR s."validUntil" > ${now})
          ORDER BY random() LIMIT ${sample})
        SELECT c.id, c."sourceType"::text AS "sourceType", c."publishedForPurpose", c."collectedAt",
          co."legalForm"::text AS "legalForm", picked.cells
        FROM picked JOIN "Contact" c ON c.id = picked.id LEFT JOIN "Company" co ON co.id = c."companyId"
        ORDER BY c.id FOR UPDATE OF c SKIP LOCKED`;
      const facts = await loadContactFactsBatch(tx, sampled, now, suppression);
      const differences = facts.flatMap((f, i) =>
        compare(f.id, sampled[i].cells, decideGrid(f, basis.grid, now).cells, basis),
      );
      return {
        checkedAt: now,
        sampled: sampled.length,
        differences: differences.length,
        examples: differences.slice(0, EXAMPLES_KEPT),
      };
    },
    { timeout: 120_000 },
  );
  await db.decisionStoreCheck.update({ where: { id: 1 }, data: { ...result, examples: result.examples } });
  if (result.differences > 0)
    logger.error("stored decisions differ from the engine", {
      differences: result.differences,
      examples: result.examples,
    });
  return result;
}

function compare(contactId: string, stored: number[], engine: number[], basis: DecisionBasis): StoreDifference[] {
  const out: StoreDifference[] = [];
  for (let cell = 0; cell < engine.length; cell++) {
    if (stored[cell] === engine[cell]) continue;
    const purposeIndex = Math.floor(cell / (2 * CHANNELS.length));
    out.push({
      contactId,
      purpose: basis.grid.purposes[purposeIndex]?.key ?? "?",
      channel: CHANNELS[Math.floor(cell / 2) % CHANNELS.length],
      commercial: cell % 2 === 1,
      stored: describe(stored[cell]),
      engine: describe(engine[cell]),
    });
  }
  return out;
}

function describe(cell: number | undefined): string {
  if (cell === undefined || cell === null || cell >> 1 >= RULE_CODES.length) return `invalid (${cell})`;
  const { rule, allow } = decodeCell(cell);
  return `${allow ? "allow" : "deny"} (${rule})`;
}

export async function lastDecisionStoreCheck(db: Db): Promise<StoreCheck | null> {
  const row = await db.decisionStoreCheck.findUnique({ where: { id: 1 } });
  if (!row || row.checkedAt.getTime() === 0) return null;
  return { ...row, examples: row.examples as StoreDifference[] };
}
