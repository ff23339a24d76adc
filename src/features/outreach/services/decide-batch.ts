/**
 * Decides a batch of contacts: load their facts set-based, build ContactFacts in memory, run the
 * pure engine once per contact. The only path from the database to a decision, for one contact
 * and for a 100,000-contact audience alike, so the law has exactly one implementation.
 */
import type { ContactFacts, OutreachDecision, OutreachSettings, PurposeFacts } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import { decideAndPermit, type AllowedSend } from "@/server/mail/allowed-send";
import { groupRows, toContactFacts, type ContactRow } from "./fact-rows";
import { loadFactRows, loadSuppressionEntries } from "./load-fact-rows";
import { activeSuppression, identifierHashes } from "./suppression";

export type DecisionContext = {
  purpose: PurposeFacts;
  channel: Channel;
  commercial: boolean;
  at: Date;
  settings: OutreachSettings;
  suppressionSalt: string | null;
};

export type ContactDecision = {
  contactId: string;
  decision: OutreachDecision;
  /** Present only when the engine allowed: what the mail gate requires. */
  permit: AllowedSend | null;
};

export async function loadContactFactsBatch(db: Pick<Db, "$queryRaw">, contacts: ContactRow[], at: Date, salt: string | null): Promise<ContactFacts[]> {
  if (contacts.length === 0) return [];
  const ids = contacts.map((c) => c.id);
  const grouped = groupRows(await loadFactRows(db, ids));
  const hashes = salt ? identifierHashes(grouped, ids, salt) : new Map<string, string>();
  const entries = await loadSuppressionEntries(db, [...hashes.keys()]);
  const entriesByContact = new Map<string, typeof entries>();
  for (const e of entries) {
    const owner = hashes.get(e.hash)!;
    entriesByContact.set(owner, [...(entriesByContact.get(owner) ?? []), e]);
  }
  return contacts.map((c) => toContactFacts(c, grouped, activeSuppression(c, grouped, entriesByContact.get(c.id) ?? [], at)));
}

export function decideFacts(facts: ContactFacts, ctx: DecisionContext, contactPointId?: string): ContactDecision {
  const { decision, permit } = decideAndPermit({
    contact: facts,
    purpose: ctx.purpose,
    channel: ctx.channel,
    commercial: ctx.commercial,
    at: ctx.at,
    settings: ctx.settings,
    ...(contactPointId ? { contactPointId } : {}),
  });
  return { contactId: facts.id, decision, permit };
}

export async function decideBatch(db: Pick<Db, "$queryRaw">, contacts: ContactRow[], ctx: DecisionContext): Promise<ContactDecision[]> {
  const facts = await loadContactFactsBatch(db, contacts, ctx.at, ctx.suppressionSalt);
  return facts.map((f) => decideFacts(f, ctx));
}
