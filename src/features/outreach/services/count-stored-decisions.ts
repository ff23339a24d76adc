/**
 * The whole contact base counted by the engine's stored answers (see docs/decision-store.md), for
 * several purposes at once: how many contacts each rule allowed or refused. Nothing here decides
 * anything: a contact without a current stored answer (new, changed since, or a basis the
 * background sweep has not reached yet) is counted as not decided yet, never guessed at.
 */
import { Prisma } from "@generated/prisma/client";
import { cellOf, decodeCell, type RuleId } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { Tx } from "@/server/db";
import { loadDecisionBasis } from "./decision-basis";

export type StoredRuleCount = { rule: RuleId; allow: boolean; count: number };
export type StoredDecisionCounts = {
  purposeId: string;
  /** The decided contacts by the rule that decided, largest group first. */
  rules: StoredRuleCount[];
  /** Contacts without a current stored answer. */
  undecided: number;
};

export async function countStoredDecisions(
  db: Tx,
  {
    purposeIds,
    channel,
    commercial,
    at = new Date(),
  }: {
    purposeIds: string[];
    channel: Channel;
    commercial: boolean;
    at?: Date;
  },
): Promise<StoredDecisionCounts[]> {
  const basis = await loadDecisionBasis(db);
  const purposes = purposeIds.filter((id) => basis.purposeIndex.has(id));
  if (purposes.length === 0) return [];
  // Each contact's cells for these purposes, as one small array: the contacts fall into a handful
  // of such combinations, which are then split per purpose. Arrays are 1-based in SQL.
  const picked = Prisma.join(
    purposes.map((id) => Prisma.sql`s.cells[${cellOf(basis.purposeIndex.get(id)!, channel, commercial) + 1}::int]`),
  );
  const rows = await db.$queryRaw<{ position: number; cell: number | null; n: number }[]>`
    WITH picked AS (
      SELECT ARRAY[${picked}]::int[] AS cells, count(*) AS n
      FROM "Contact" c
      LEFT JOIN "StoredDecision" s ON s."contactId" = c.id AND s.basis = ${basis.key}
        AND s."decidedAt" <= ${at} AND (s."validUntil" IS NULL OR s."validUntil" > ${at})
      GROUP BY 1)
    SELECT u.position::int AS position, u.cell, sum(picked.n)::int AS n
    FROM picked CROSS JOIN LATERAL unnest(picked.cells) WITH ORDINALITY AS u(cell, position)
    GROUP BY 1, 2`;
  return purposes.map((purposeId, i) => {
    const mine = rows.filter((r) => r.position === i + 1);
    const rules = mine
      .filter((r): r is { position: number; cell: number; n: number } => r.cell !== null)
      .map((r) => ({ ...decodeCell(r.cell), count: r.n }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
    const undecided = mine.find((r) => r.cell === null)?.n ?? 0;
    return { purposeId, rules, undecided };
  });
}
