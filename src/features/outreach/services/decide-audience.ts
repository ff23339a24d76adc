/**
 * Set-based audience decisions: keyset pages of contacts (by id), facts loaded with one query per
 * related table per page, the pure engine run in memory. A few dozen queries for 100,000 contacts.
 * The next page is read while the current one is being decided, so the database and the engine
 * work at the same time.
 */
import type { ContactFacts } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import type { TAudienceFilter } from "../schemas";
import { audiencePage, audienceWhere } from "./audience-query";
import { decideFacts, loadContactFactsBatch, type ContactDecision, type DecisionContext } from "./decide-batch";
import { getOutreachPolicy } from "./get-outreach-settings";
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
  const ctx: DecisionContext = {
    purpose: input.purpose,
    channel: input.channel,
    commercial: input.commercial,
    at: input.at ?? new Date(),
    settings: policy.settings,
  };
  const suppression = await preloadSuppression(db, policy.suppressionSalt);
  const where = audienceWhere(input.filter, input.purpose.id);
  const size = input.batchSize ?? AUDIENCE_BATCH_SIZE;

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
  return ctx;
}

export type AudienceSummary = {
  total: number;
  allowed: number;
  denied: number;
  /** Excluded contacts grouped by the rule that excluded them, largest group first. */
  excluded: { rule: string; citation: string; count: number }[];
  /** Included contacts grouped by the rule that allowed them. */
  included: { rule: string; citation: string; count: number }[];
};

export async function summariseAudience(db: Db, input: AudienceInput): Promise<AudienceSummary> {
  const groups = new Map<string, { rule: string; citation: string; count: number; allow: boolean }>();
  let total = 0;
  await forEachAudienceBatch(db, input, (decisions) => {
    for (const { decision } of decisions) {
      total++;
      const g = groups.get(decision.rule) ?? {
        rule: decision.rule,
        citation: decision.citation,
        count: 0,
        allow: decision.decision === "allow",
      };
      g.count++;
      groups.set(decision.rule, g);
    }
  });
  const list = [...groups.values()].sort((a, b) => b.count - a.count);
  const pick = (allow: boolean) =>
    list.filter((g) => g.allow === allow).map(({ rule, citation, count }) => ({ rule, citation, count }));
  const excluded = pick(false);
  const included = pick(true);
  const allowed = included.reduce((n, g) => n + g.count, 0);
  return { total, allowed, denied: total - allowed, excluded, included };
}
