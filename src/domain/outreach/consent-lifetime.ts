/**
 * How long a consent counts. Neither the AVG nor the Tw sets a lifetime; the organisation may set
 * one (in general or per channel). Calls are different: the telemarketing code (revised October
 * 2024) expects the first call within six months of the consent, unless the consent text stated
 * another period. The product honours that as written: a phone consent that was not used for a call
 * that reached the person within the period lapses for calls; once it was used in time, it lasts
 * like any other consent (the general lifetime, if the organisation set one). See
 * docs/law/consent.md, "Lifetime".
 */
import type { Channel } from "@/domain/vocabulary";
import type { CallFact, ConsentEventFact, LifetimeChannel, OutreachSettings, PurposeFacts } from "./types";
import { addDays, addMonths, notAfter } from "./time";

/** Call outcomes (the calls log) that mean the person was spoken to. A call nobody answered, or a
 *  voicemail, is no first call: the code asks that the person hears from us while the consent is
 *  fresh, and failing closed, an attempt does not keep the consent alive. */
export const CALL_OUTCOMES_REACHING_PERSON = ["reached", "call_back", "not_interested", "do_not_call"] as const;

/** Where a period comes from, for the explanation: the organisation's general setting, its setting
 *  for this channel, or the period the purpose's consent text states. */
export type LifetimeSource = "general" | "channel" | "purpose";

export type ConsentLapse =
  /** The consent ends `days` after it was given. */
  | { kind: "lifetime"; days: number; source: Exclude<LifetimeSource, "purpose"> }
  /** The consent lapses for calls unless a call reached the person within `months`. */
  | { kind: "first_call"; months: number; source: Exclude<LifetimeSource, "general"> };

export type LifetimeSettings = Pick<
  OutreachSettings,
  "consentLifetimeDays" | "channelConsentLifetimeDays" | "phoneFirstCallMonths"
>;

export type PurposeLifetime = Pick<PurposeFacts, "key" | "firstCallMonths">;

/** The plain lifetime for a channel and where it comes from; phone takes the general one. */
export function lifetimeFor(
  channel: Channel,
  settings: LifetimeSettings,
): Extract<ConsentLapse, { kind: "lifetime" }> | null {
  const own = channel === "phone" ? null : (settings.channelConsentLifetimeDays?.[channel as LifetimeChannel] ?? null);
  if (own != null) return { kind: "lifetime", days: own, source: "channel" };
  if (settings.consentLifetimeDays != null)
    return { kind: "lifetime", days: settings.consentLifetimeDays, source: "general" };
  return null;
}

/** The first-call window for calls on this purpose: the purpose's own period first. */
export function firstCallWindow(
  purpose: PurposeLifetime,
  settings: LifetimeSettings,
): Extract<ConsentLapse, { kind: "first_call" }> | null {
  if (purpose.firstCallMonths != null)
    return { kind: "first_call", months: purpose.firstCallMonths, source: "purpose" };
  if (settings.phoneFirstCallMonths != null) {
    return { kind: "first_call", months: settings.phoneFirstCallMonths, source: "channel" };
  }
  return null;
}

export interface LifetimeVerdict {
  /** The moment the grant stops (or stopped) counting, if anything ends it. */
  expiresAt?: Date;
  /** What ends it at expiresAt. */
  lapse?: ConsentLapse;
  /** The call that used a phone consent in time (its first call that reached the person). */
  firstCall?: CallFact;
  expired: boolean;
}

/**
 * The lifetime of one grant at `at`. Every limit that applies is computed; the earliest end wins.
 * A call counts for the first-call window when it was made for this purpose, on or after the
 * consent, strictly before the window closed, and no later than `at` (a call after `at` had not
 * happened yet).
 */
export function grantLifetime(
  grant: ConsentEventFact,
  purpose: PurposeLifetime,
  channel: Channel,
  at: Date,
  settings: LifetimeSettings,
  calls: readonly CallFact[],
): LifetimeVerdict {
  const ends: { at: Date; lapse: ConsentLapse }[] = [];
  let firstCall: CallFact | undefined;
  const lifetime = lifetimeFor(channel, settings);
  if (lifetime) ends.push({ at: addDays(grant.effectiveAt, lifetime.days), lapse: lifetime });
  const window = channel === "phone" ? firstCallWindow(purpose, settings) : null;
  if (window) {
    const closes = addMonths(grant.effectiveAt, window.months);
    firstCall = calls
      .filter(
        (c) =>
          c.purposeKey === purpose.key &&
          notAfter(grant.effectiveAt, c.at) &&
          c.at.getTime() < closes.getTime() &&
          notAfter(c.at, at),
      )
      .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    if (!firstCall) ends.push({ at: closes, lapse: window });
  }
  const first = ends.sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  if (!first) return { expired: false, ...(firstCall ? { firstCall } : {}) };
  return {
    expiresAt: first.at,
    lapse: first.lapse,
    expired: notAfter(first.at, at),
    ...(firstCall ? { firstCall } : {}),
  };
}
