/**
 * Two questions about a past moment, kept apart:
 *  - "was it lawful at `at`?" — every fact in effect at `at`, as we know it now: a business card
 *    logged a week late, or a consent history imported from an old CRM, counts from when it was
 *    given. This is what a decision with `at` alone answers.
 *  - "what did our system know at `knownAt`?" — only what had been recorded by then: the view the
 *    send gate had, so a stored decision can be replayed and must come out the same.
 * This module answers the second by taking away every record written after `knownAt`; the rules
 * then read the remaining facts as in the first question.
 */
import type { ContactFacts } from "./types";
import { notAfter } from "./time";

const knownBy = (knownAt: Date) => (f: { recordedAt?: Date | null }) =>
  // A fact without a recording time was recorded when it took effect (the rules filter that by `at`).
  f.recordedAt == null || notAfter(f.recordedAt, knownAt);

/** The contact's facts as recorded by `knownAt` (records entered later did not exist yet). */
export function factsKnownAt(contact: ContactFacts, knownAt: Date): ContactFacts {
  const known = knownBy(knownAt);
  return {
    ...contact,
    consentEvents: contact.consentEvents.filter(known),
    legalBases: contact.legalBases.filter(known),
    customerRelationships: contact.customerRelationships.filter(known),
    objections: contact.objections.filter(known),
    restrictions: contact.restrictions.filter((r) => notAfter(r.setAt, knownAt)),
    channelOptOuts: (contact.channelOptOuts ?? [])
      .filter((o) => notAfter(o.at, knownAt))
      // A pause ended early after knownAt was still running as far as anyone knew then.
      .map((o) => (o.endedAt != null && !notAfter(o.endedAt, knownAt) ? { ...o, endedAt: null } : o)),
    notices: (contact.notices ?? []).filter((n) => notAfter(n.recordedAt ?? n.givenAt, knownAt)),
    // A call is logged when it is made: one logged after knownAt was not known then.
    calls: contact.calls.filter((c) => notAfter(c.at, knownAt)),
  };
}
