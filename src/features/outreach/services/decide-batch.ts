/**
 * Decides a batch of contacts: load their facts set-based, build ContactFacts in memory, run the
 * pure engine once per contact. The only path from the database to a decision, for one contact
 * and for a 100,000-contact audience alike, so the law has exactly one implementation.
 */
import type { ContactFacts, OutreachDecision, OutreachSettings, PurposeFacts } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { decideAndPermit, type AllowedSend } from "@/server/mail/allowed-send";
import {
  byContact,
  groupRows,
  toContactFacts,
  type ContactRow,
  type FactRows,
  type NoticeRow,
  type SuppressionRow,
} from "./fact-rows";
import { loadFactRows, loadNoticeRows } from "./load-fact-rows";
import { needsArt14Notice } from "@/domain/notices";
import { activeSuppression, identifierHashes } from "./suppression";
import type { DecisionInputs } from "./load-fact-rows-one-trip";
import { suppressionAtVersion, type SuppressionSource } from "./suppression-source";

export type DecisionContext = {
  purpose: PurposeFacts;
  channel: Channel;
  commercial: boolean;
  at: Date;
  /** Only records entered by then count (the send gate's view); absent = as known now. */
  knownAt?: Date;
  settings: OutreachSettings;
};

export type ContactDecision = {
  contactId: string;
  decision: OutreachDecision;
  /** Present only when the engine allowed: what the mail gate requires. */
  permit: AllowedSend | null;
};

export async function loadContactFactsBatch(
  db: Pick<Db, "$queryRaw">,
  contacts: ContactRow[],
  at: Date,
  suppression: SuppressionSource,
): Promise<ContactFacts[]> {
  if (contacts.length === 0) return [];
  const ids = contacts.map((c) => c.id);
  const owed = contacts.filter((c) => needsArt14Notice(c.sourceType)).map((c) => c.id);
  const [rows, noticeRows] = await Promise.all([loadFactRows(db, ids), loadNoticeRows(db, owed)]);
  return assembleContactFacts(contacts, rows, noticeRows, at, suppression);
}

/**
 * The contacts' facts from their rows, with the suppression list looked up for their identifiers.
 * Notice rows count only for contacts whose source owes a notice (AVG art. 14), whoever loaded them.
 */
export async function assembleContactFacts(
  contacts: ContactRow[],
  rows: FactRows,
  noticeRows: NoticeRow[],
  at: Date,
  suppression: SuppressionSource,
): Promise<ContactFacts[]> {
  const ids = contacts.map((c) => c.id);
  const owed = new Set(contacts.filter((c) => needsArt14Notice(c.sourceType)).map((c) => c.id));
  const grouped = groupRows(rows);
  const notices = byContact(noticeRows.filter((n) => owed.has(n.contactId)));
  const listed = new Map<string, SuppressionRow[]>();
  if (suppression) {
    const owners = identifierHashes(grouped, ids, suppression.hash);
    for (const entry of await suppression.lookup([...owners.keys()])) {
      const owner = owners.get(entry.hash)!;
      listed.set(owner, [...(listed.get(owner) ?? []), entry]);
    }
  }
  return contacts.map((c) =>
    toContactFacts(c, grouped, listed.has(c.id) ? activeSuppression(c, grouped, listed.get(c.id)!, at) : null, notices),
  );
}

/**
 * The facts of the one contact the inputs were read for, as they stand at `at`: the same assembly
 * as a batch's (assembleContactFacts), with the suppression list looked up only when it is not
 * empty, and then in this instance's copy of it when the inputs' snapshot read the copy's version.
 * A contact that does not exist (any more) answers 404.
 */
export async function oneContactFacts(
  db: Pick<Db, "$queryRaw">,
  inputs: Pick<DecisionInputs, "contacts" | "rows" | "notices" | "policy" | "suppressionListed" | "suppressionVersion">,
  at: Date,
): Promise<ContactFacts> {
  const [contact] = inputs.contacts;
  if (!contact)
    throw new AppError("NOT_FOUND", "This contact does not exist (any more).", {
      key: "outreach.errors.contactNotFound",
    });
  // An empty list cannot suppress anyone: no identifier is hashed and no further statement is sent.
  const suppression = inputs.suppressionListed
    ? suppressionAtVersion(db, inputs.policy.suppressionSalt, inputs.suppressionVersion)
    : null;
  const [facts] = await assembleContactFacts([contact], inputs.rows, inputs.notices, at, suppression);
  return facts;
}

export function decideFacts(facts: ContactFacts, ctx: DecisionContext, contactPointId?: string): ContactDecision {
  const { decision, permit } = decideAndPermit({
    contact: facts,
    purpose: ctx.purpose,
    channel: ctx.channel,
    commercial: ctx.commercial,
    at: ctx.at,
    ...(ctx.knownAt ? { knownAt: ctx.knownAt } : {}),
    settings: ctx.settings,
    ...(contactPointId ? { contactPointId } : {}),
  });
  return { contactId: facts.id, decision, permit };
}

export async function decideBatch(
  db: Pick<Db, "$queryRaw">,
  contacts: ContactRow[],
  ctx: DecisionContext,
  suppression: SuppressionSource,
): Promise<ContactDecision[]> {
  const facts = await loadContactFactsBatch(db, contacts, ctx.at, suppression);
  return facts.map((f) => decideFacts(f, ctx));
}
