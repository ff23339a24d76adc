/**
 * Customer relationships as the law reads them: the customer exception for e-mail/SMS (Tw art.
 * 11.7 lid 3) and the (former) customer exception for telemarketing (Dutch telemarketing code).
 */
import type { CustomerRelationshipFact, OutreachSettings, PurposeFacts } from "./types";
import { addMonths, inForceAt, notAfter } from "./time";

/** Tw art. 11.7 lid 3 needs the address obtained "in the context of a sale": a free trial, a free
 *  webinar or a download is none, so an unpaid relationship is no customer relationship here. */
export function isSale(rel: CustomerRelationshipFact): boolean {
  return rel.paid !== false;
}

/** When the relationship ended, or null while it runs. A one-time purchase ends at the sale. */
export function relationshipEnd(rel: CustomerRelationshipFact): Date | null {
  if (rel.kind === "one_time") return rel.until ?? rel.since;
  return rel.until ?? null;
}

/** A running (not one-time) relationship at `at`. */
export function isExistingCustomer(rel: CustomerRelationshipFact, at: Date): boolean {
  return isSale(rel) && rel.kind !== "one_time" && inForceAt(rel.since, rel.until, at);
}

/** Last moment the customer exception holds; null = open-ended while the relationship runs. A
 *  one-time buyer may get its own window (buyers and subscribers may be treated differently: docs/law/outreach-rules.md, rule 5). */
export function customerExceptionEnd(rel: CustomerRelationshipFact, settings: OutreachSettings): Date | null {
  const end = relationshipEnd(rel);
  if (!end) return null;
  const months =
    rel.kind === "one_time"
      ? (settings.oneTimeBuyerExceptionMonths ?? settings.customerExceptionMonthsAfterEnd)
      : settings.customerExceptionMonthsAfterEnd;
  return addMonths(end, months);
}

/** The relationship had begun by `at` and the exception window had not closed yet. */
export function withinCustomerWindow(rel: CustomerRelationshipFact, at: Date, settings: OutreachSettings): boolean {
  if (!isSale(rel) || !notAfter(rel.since, at)) return false;
  const windowEnd = customerExceptionEnd(rel, settings);
  return windowEnd === null || notAfter(at, windowEnd);
}

/**
 * Tw art. 11.7 lid 3, every condition: the address came with a sale (a recorded relationship),
 * the message is about our own similar products, an opt-out was offered at collection, and we are
 * within the relationship or the configured window after it. Running relationships go first.
 */
export function findCustomerException(
  rels: CustomerRelationshipFact[],
  purpose: PurposeFacts,
  at: Date,
  settings: OutreachSettings,
): CustomerRelationshipFact | undefined {
  if (!purpose.similarProductsOnly) return undefined;
  const ok = rels.filter((r) => r.optOutOfferedAtCollection && withinCustomerWindow(r, at, settings));
  return ok.find((r) => isExistingCustomer(r, at)) ?? ok[0];
}

/** Former customer within the telemarketing window: the relationship ended by `at`, at most
 *  formerCustomerCallMonths ago. Returns the latest-ending one with its window end. */
export function findFormerCustomer(rels: CustomerRelationshipFact[], at: Date, settings: OutreachSettings) {
  const candidates = rels
    .filter(isSale)
    .map((rel) => ({ rel, end: relationshipEnd(rel) }))
    .filter((c): c is { rel: CustomerRelationshipFact; end: Date } => c.end !== null && notAfter(c.rel.since, at))
    .filter((c) => notAfter(c.end, at))
    .map((c) => ({ ...c, until: addMonths(c.end, settings.formerCustomerCallMonths) }))
    .filter((c) => notAfter(at, c.until))
    .sort((a, b) => b.end.getTime() - a.end.getTime());
  return candidates[0];
}
