/**
 * Audience decisions. Sending (forEachAudienceBatch) always asks the engine: keyset pages of
 * contacts (by id), facts loaded with one query per related table per page, the pure engine run in
 * memory, the next page read while the current one is decided. The preview (summariseAudience)
 * counts the decision store's answers in one query and asks the engine only for contacts the
 * store cannot answer for.
 */
import { Prisma } from "@generated/prisma/client";
import {
  cellOf,
  decodeCell,
  ruleSetInForce,
  type ContactFacts,
  type OutreachSettings,
  type RuleId,
} from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import type { TAudienceFilter } from "../schemas";
import { audiencePage, audienceWhere } from "./audience-query";
import { decideFacts, loadContactFactsBatch, type ContactDecision, type DecisionContext } from "./decide-batch";
import { getOutreachPolicy } from "./get-outreach-settings";
import { loadDecisionBasis } from "./decision-basis";
import type { LoadedPurpose } from "@/features/purposes";
import { preloadSuppression } from "./suppression-source";

export const AUDIENCE_BATCH_SIZE = 5_000;

export type AudienceInput = {
  purpose: LoadedPurpose;
  channel: Channel;
  commercial: boolean;
  filter: TAudienceFilter;
  at?: Date;
  batchSize?: number;
};

type Loaded = { lastId: string; full: boolean; facts: Promise<ContactFacts[]> } | null;

// A rejection of work read ahead is handled where it is awaited; this only keeps Node from
// treating it as unhandled while the current page is still being decided.
function readAhead<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Decides the audience page by page and hands each page's decisions to `onBatch`. */
export async function forEachAudienceBatch(
  db: Db,
  input: AudienceInput,
  onBatch: (decisions: ContactDecision[], ctx: DecisionContext) => Promise<void> | void,
): Promise<DecisionContext> {
  const policy = await getOutreachPolicy(db);
  const ctx = decisionContext(input, policy.settings);
  const where = audienceWhere(input.filter, input.purpose.id);
  await decidePages(db, ctx, where, input.batchSize, policy.suppressionSalt, onBatch);
  return ctx;
}

function decisionContext(input: AudienceInput, settings: OutreachSettings): DecisionContext {
  return {
    purpose: input.purpose,
    channel: input.channel,
    commercial: input.commercial,
    at: input.at ?? new Date(),
    settings,
  };
}

/** The engine over every contact `where` selects, in keyset pages. */
async function decidePages(
  db: Db,
  ctx: DecisionContext,
  where: Prisma.Sql,
  batchSize: number | undefined,
  suppressionSalt: string | null,
  onBatch: (decisions: ContactDecision[], ctx: DecisionContext) => Promise<void> | void,
): Promise<void> {
  const suppression = await preloadSuppression(db, suppressionSalt);
  const size = batchSize ?? AUDIENCE_BATCH_SIZE;

  const load = async (after: string | null): Promise<Loaded> => {
    const page = await audiencePage(db, where, after, size);
    if (page.length === 0) return null;
    return {
      lastId: page[page.length - 1].id,
      full: page.length === size,
      facts: readAhead(loadContactFactsBatch(db, page, ctx.at, suppression)),
    };
  };

  let next = readAhead(load(null));
  for (;;) {
    const current = await next;
    if (!current) break;
    next = current.full ? readAhead(load(current.lastId)) : Promise.resolve(null);
    const facts = await current.facts;
    await onBatch(
      facts.map((f) => decideFacts(f, ctx)),
      ctx,
    );
  }
}

export type AudienceSummary = {
  total: number;
  allowed: number;
  denied: number;
  /** Excluded contacts grouped by the rule that excluded them, largest group first. */
  excluded: { rule: string; citation: string; count: number }[];
  /** Included contacts grouped by the rule that allowed them. */
  included: { rule: string; citation: string; count: number }[];
  /** How many answers came from the decision store, and how many the engine gave just now. */
  fromStore: number;
  decidedNow: number;
};

/**
 * Who of the audience may be reached, grouped by the rule that decided, for the preview. Contacts
 * with a current stored decision (see store-decisions.ts) are counted in one query; the engine
 * decides the rest (new contacts, changed facts, a basis being rebuilt) from their facts, so the
 * answer is the engine's either way.
 */
export async function summariseAudience(db: Db, input: AudienceInput): Promise<AudienceSummary> {
  const at = input.at ?? new Date();
  const basis = await loadDecisionBasis(db);
  const ruleSet = ruleSetInForce(at);
  const groups = new Map<string, { rule: string; citation: string; count: number; allow: boolean }>();
  const add = (rule: string, allow: boolean, count: number) => {
    const g = groups.get(rule) ?? { rule, citation: ruleSet.rules[rule as RuleId]?.citation ?? "", count: 0, allow };
    g.count += count;
    groups.set(rule, g);
  };

  const where = audienceWhere(input.filter, input.purpose.id);
  const position = basis.purposeIndex.get(input.purpose.id);
  let fromStore = 0;
  let live = where;
  if (position !== undefined) {
    const cell = cellOf(position, input.channel, input.commercial);
    const current = currentStored(basis.key, at);
    const counts = await db.$queryRaw<{ cell: number | null; n: number }[]>`
      SELECT s.cells[${cell + 1}::int]::int AS cell, count(*)::int AS n
      FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId"
      LEFT JOIN "StoredDecision" s ON s."contactId" = c.id AND ${current}
      WHERE ${where} GROUP BY 1`;
    for (const { cell: stored, n } of counts) {
      if (stored === null) continue;
      const { rule, allow } = decodeCell(stored);
      add(rule, allow, n);
      fromStore += n;
    }
    if (counts.every((c) => c.cell !== null)) return summary(groups, fromStore, 0);
    live = Prisma.sql`${where} AND NOT EXISTS (SELECT 1 FROM "StoredDecision" s WHERE s."contactId" = c.id AND ${current})`;
  }
  let decidedNow = 0;
  await decidePages(
    db,
    decisionContext({ ...input, at }, basis.grid.settings),
    live,
    input.batchSize,
    basis.suppressionSalt,
    (decisions) => {
      for (const { decision } of decisions) add(decision.rule, decision.decision === "allow", 1);
      decidedNow += decisions.length;
    },
  );
  return summary(groups, fromStore, decidedNow);
}

/** A stored row that answers for `at`: made under this basis, at or before `at`, and not past its
 *  horizon. (Time cannot change an answer between the two; a change of facts deletes the row.) */
function currentStored(basis: string, at: Date): Prisma.Sql {
  return Prisma.sql`s.basis = ${basis} AND s."decidedAt" <= ${at} AND (s."validUntil" IS NULL OR s."validUntil" > ${at})`;
}

function summary(
  groups: Map<string, { rule: string; citation: string; count: number; allow: boolean }>,
  fromStore: number,
  decidedNow: number,
): AudienceSummary {
  const list = [...groups.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
  const pick = (allow: boolean) =>
    list.filter((g) => g.allow === allow).map(({ rule, citation, count }) => ({ rule, citation, count }));
  const excluded = pick(false);
  const included = pick(true);
  const allowed = included.reduce((n, g) => n + g.count, 0);
  const total = fromStore + decidedNow;
  return { total, allowed, denied: total - allowed, excluded, included, fromStore, decidedNow };
}
