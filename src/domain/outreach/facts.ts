/** Facts of a contact as they stood at `at` (time travel: a decision can be replayed for any past
 *  moment, and a fact that started later did not exist then). */
import type { Channel, LegalBasis, ObjectionScope } from "@/domain/vocabulary";
import type { ContactFacts, LegalBasisFact, ObjectionFact, RestrictionFact } from "./types";
import { inForceAt, notAfter } from "./time";

export function activeRestrictions(contact: ContactFacts, at: Date): RestrictionFact[] {
  return contact.restrictions.filter((r) => inForceAt(r.setAt, r.liftedAt, at));
}

export function activeObjections(contact: ContactFacts, scope: ObjectionScope, at: Date): ObjectionFact[] {
  return contact.objections.filter((o) => o.scope === scope && inForceAt(o.receivedAt, o.withdrawnAt, at));
}

/** Permanent channel opt-outs have no end of their own; a later consent can override one (see the
 *  withdrawal step). Pauses are left out here: see channelPausesAt. */
export function channelOptOutsAt(contact: ContactFacts, channel: Channel, at: Date) {
  return (contact.channelOptOuts ?? [])
    .filter((o) => o.channel === channel && o.until == null && notAfter(o.at, at))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Pauses of a channel in force at `at`: started, not yet at their end, not ended early. */
export function channelPausesAt(contact: ContactFacts, channel: Channel, at: Date) {
  return (contact.channelOptOuts ?? []).filter(
    (o) => o.channel === channel && o.until != null && inForceAt(o.at, pauseEnd(o.until, o.endedAt), at),
  );
}

const pauseEnd = (until: Date, endedAt: Date | null | undefined) =>
  endedAt != null && endedAt.getTime() < until.getTime() ? endedAt : until;

/** Recorded legal bases for a purpose in force at `at`, optionally of the given kinds. */
export function activeLegalBases(
  contact: ContactFacts,
  purposeKey: string,
  at: Date,
  kinds?: readonly LegalBasis[],
): LegalBasisFact[] {
  return contact.legalBases.filter(
    (b) => b.purposeKey === purposeKey && inForceAt(b.since, b.until, at) && (!kinds || kinds.includes(b.basis)),
  );
}

/** Earliest first, so explanations cite when a state began. */
export function earliest<T>(items: T[], date: (t: T) => Date): T | undefined {
  return [...items].sort((a, b) => date(a).getTime() - date(b).getTime())[0];
}
