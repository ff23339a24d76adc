/**
 * Which consent holds for a purpose and channel at a moment. Shared with the UI (timeline,
 * eligibility grid) so that the screen and the engine can never disagree.
 */
import { WEB_METHODS, type Channel } from "@/domain/vocabulary";
import type { CallFact, ConsentEventFact, ContactFacts, OutreachSettings } from "./types";
import { notAfter } from "./time";
import { grantLifetime, type ConsentLapse, type LifetimeSettings, type PurposeLifetime } from "./consent-lifetime";
import { evidenceStrength, type EvidenceStrength } from "@/domain/consent/evidence-strength";

export interface ConsentState {
  state: "given" | "withdrawn" | "expired" | "none";
  /** The event that decides the state. */
  eventId?: string;
  effectiveAt?: Date;
  /** Set when the deciding grant has (or had) a lifetime or an open first-call window. */
  expiresAt?: Date;
  /** What ends the grant at expiresAt, with its period and where the period comes from. */
  lapse?: ConsentLapse;
  /** A phone consent used in time: the first call that reached the person. */
  firstCall?: CallFact;
  /** How well the deciding grant can be shown at that moment (absent when not known). */
  evidenceStrength?: EvidenceStrength;
  /** A weak grant the organisation does not use until the person confirmed it in writing. */
  awaitingConfirmation?: boolean;
}

/** The grant's evidence strength as it stood at `at`: a confirmation counts from when it came in. */
export function strengthAt(e: ConsentEventFact, at: Date): EvidenceStrength | undefined {
  if (e.action !== "granted" || !e.evidence) return undefined;
  const confirmedAt = e.evidence.confirmedAt;
  return evidenceStrength({
    method: e.method,
    hasAttachment: e.evidence.hasAttachment,
    confirmedInWriting: confirmedAt != null && notAfter(confirmedAt, at),
  });
}

type EventFacts = Pick<ContactFacts, "consentEvents" | "provenance">;
/** What the consent state reads: the events, where the contact came from, and the calls that
 *  reached the person (for the first-call window of a phone consent). */
type ConsentFacts = EventFacts & Pick<ContactFacts, "calls">;

/** A grant that came with a purchased or rented list is not consent given to us (AVG art. 4 lid 11,
 *  art. 7 lid 1); a consent we collected ourselves later (e.g. double opt-in) does count.
 *  Withdrawals are honoured whatever their source: failing closed. */
export function isVoidListGrant(contact: EventFacts, e: ConsentEventFact): boolean {
  return e.action === "granted" && e.importedFromList === true && contact.provenance.sourceType === "purchased_list";
}

/** Events in effect at `at` as the history is known now: not invalidated, not replaced by a
 *  correction. A record entered after `at` about an earlier moment (a business card logged late,
 *  an imported history) counts from when it took effect; to ask what was known at a moment, pass
 *  the facts through factsKnownAt first. `voided` holds purchased-list grants that would otherwise
 *  count. */
export function consentEventsAt(contact: EventFacts, at: Date) {
  const known = contact.consentEvents;
  // An invalidated correction corrects nothing: the record it pointed at stands.
  const superseded = new Set(known.filter((e) => e.correctsId && !e.invalidated).map((e) => e.correctsId as string));
  const live = known.filter((e) => !e.invalidated && !superseded.has(e.id) && notAfter(e.effectiveAt, at));
  return {
    counted: live.filter((e) => !isVoidListGrant(contact, e)),
    voided: live.filter((e) => isVoidListGrant(contact, e)),
  };
}

/**
 * Consent to be called must be its own act: given for calls, not bundled into one tick with e-mail
 * or everything else (explanatory memorandum to the 2021 amendment of Tw art. 11.7; the regulator's
 * decisions). A web-form or double-opt-in grant that lists phone together with other channels, or
 * no channels at all (= every channel of the purpose), counts for the other channels only. A grant
 * for phone alone, or one given by phone or in person (staff record what was said), counts.
 * Withdrawals are never bundled: they always cover what they name (fail closed).
 */
export function isBundledPhoneGrant(e: Pick<ConsentEventFact, "action" | "method" | "channels">): boolean {
  return (
    e.action === "granted" && WEB_METHODS.includes(e.method) && !(e.channels.length === 1 && e.channels[0] === "phone")
  );
}

export function covers(e: ConsentEventFact, purposeKey: string, channel: Channel): boolean {
  if (e.purposeKey !== purposeKey) return false;
  if (!(e.channels.length === 0 || e.channels.includes(channel))) return false;
  return !(channel === "phone" && isBundledPhoneGrant(e));
}

/** A grant that names phone (or every channel) but, bundled with other channels on a web form,
 *  counts for the other channels only (see above). What the record itself says on the contact page. */
export function bundlesPhone(e: Pick<ConsentEventFact, "action" | "method" | "channels">): boolean {
  return (e.channels.length === 0 || e.channels.includes("phone")) && isBundledPhoneGrant(e);
}

/** Grants for this purpose that name phone but were bundled with other channels (see above). */
export function bundledPhoneGrants(contact: EventFacts, purposeKey: string, at: Date) {
  return consentEventsAt(contact, at).counted.filter((e) => e.purposeKey === purposeKey && bundlesPhone(e));
}

/** Latest by effective time; on a tie the later record, and on a full tie the withdrawal wins. */
function latest(events: ConsentEventFact[]): ConsentEventFact | undefined {
  return [...events]
    .sort(
      (a, b) =>
        a.effectiveAt.getTime() - b.effectiveAt.getTime() ||
        a.recordedAt.getTime() - b.recordedAt.getTime() ||
        (a.action === b.action ? 0 : a.action === "withdrawn" ? 1 : -1),
    )
    .at(-1);
}

/**
 * The consent for a purpose on a channel at `at`. `purpose` carries the period its consent text
 * states for the first call, so the screen and the engine apply the same window.
 */
export function effectiveConsentState(
  contact: ConsentFacts,
  purpose: PurposeLifetime,
  channel: Channel,
  at: Date,
  settings: LifetimeSettings & Pick<OutreachSettings, "weakConsentUsable">,
): ConsentState {
  const { counted } = consentEventsAt(contact, at);
  const last = latest(counted.filter((e) => covers(e, purpose.key, channel)));
  if (!last) return { state: "none" };
  const strength = strengthAt(last, at);
  const base = { eventId: last.id, effectiveAt: last.effectiveAt, ...(strength ? { evidenceStrength: strength } : {}) };
  if (last.action === "withdrawn") return { state: "withdrawn", ...base };
  // The organisation chose not to rely on unconfirmed phone consent: it is not (yet) consent for
  // sending, but stays on record and becomes usable the moment the person confirms it.
  if (strength === "weak" && settings.weakConsentUsable === false) {
    return { state: "none", ...base, awaitingConfirmation: true };
  }
  const life = grantLifetime(last, purpose, channel, at, settings, contact.calls);
  return {
    state: life.expired ? "expired" : "given",
    ...base,
    ...(life.expiresAt ? { expiresAt: life.expiresAt, lapse: life.lapse } : {}),
    ...(life.firstCall ? { firstCall: life.firstCall } : {}),
  };
}

/** Purchased-list grants for this purpose and channel that were set aside at `at`. */
export function voidListGrants(contact: EventFacts, purposeKey: string, channel: Channel, at: Date) {
  return consentEventsAt(contact, at).voided.filter((e) => covers(e, purposeKey, channel));
}
