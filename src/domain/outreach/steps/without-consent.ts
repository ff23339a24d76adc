import type { EvalContext, OutreachDecision } from "../decision";
import { decideBy } from "../decision";
import type { ExplainParams } from "../explain";
import type { Evidence } from "../types";
import { bundledPhoneGrants, voidListGrants } from "../consent-state";
import { POLICY_EVIDENCE } from "../policies";
import type { RuleId } from "../rules/nl";

/**
 * The deny when no basis applied, saying as precisely as we can why: a consent that expired
 * (organisation's lifetime setting) or a phone consent not used for a first call in time, a "consent" that only came with a purchased list (AVG art. 4
 * lid 11: not given to us), a web-form consent that bundled calls with other channels, or simply
 * none (`fallback`).
 */
export function denyWithoutConsent(
  ctx: EvalContext,
  fallback: RuleId,
  fallbackOpts: { evidence?: Evidence[]; params?: ExplainParams } = {},
): OutreachDecision {
  const { consent } = ctx;
  const { contact, purpose, channel, at } = ctx.input;
  if (consent.state === "expired") return denyLapsed(ctx);
  if (consent.awaitingConfirmation) {
    const decision = decideBy(ctx, "consent_unconfirmed", {
      evidence: [
        { type: "consent", id: consent.eventId! },
        { type: "policy", id: POLICY_EVIDENCE.weakConsent },
      ],
      params: { date: consent.effectiveAt },
    });
    return { ...decision, evidenceStrength: "weak" };
  }
  const listGrants = consent.state === "none" ? voidListGrants(contact, purpose.key, channel, at) : [];
  if (listGrants.length > 0) {
    return decideBy(ctx, "purchased_list", {
      evidence: listGrants.map((e) => ({ type: "consent" as const, id: e.id })),
    });
  }
  // A tick for "e-mail and phone" on a web form is no consent to be called: say so, and cite it.
  const bundled = consent.state === "none" && channel === "phone" ? bundledPhoneGrants(contact, purpose.key, at) : [];
  if (bundled.length > 0 && fallback === "no_consent") {
    return decideBy(ctx, "phone_consent_bundled", {
      evidence: bundled.map((e) => ({ type: "consent" as const, id: e.id })),
      params: { date: bundled[0].effectiveAt },
    });
  }
  return decideBy(ctx, fallback, fallbackOpts);
}

/** The deciding grant ran out: a lifetime (general or per channel), or a phone consent not used for
 *  a first call in time (telemarketing code). The explanation names the period and its source. */
function denyLapsed(ctx: EvalContext): OutreachDecision {
  const { consent } = ctx;
  const lapse = consent.lapse!;
  const consentEvidence = { type: "consent" as const, id: consent.eventId! };
  const dates = { date: consent.effectiveAt, until: consent.expiresAt, source: lapse.source };
  if (lapse.kind === "first_call") {
    const policy = lapse.source === "purpose" ? POLICY_EVIDENCE.purposeFirstCall : POLICY_EVIDENCE.phoneFirstCall;
    return decideBy(ctx, "phone_consent_unused", {
      evidence: [consentEvidence, { type: "policy", id: policy }],
      params: { ...dates, period: { months: lapse.months } },
    });
  }
  return decideBy(ctx, "consent_expired", {
    evidence: [consentEvidence, { type: "policy", id: POLICY_EVIDENCE.consentLifetime }],
    params: { ...dates, period: { days: lapse.days } },
  });
}

/** Allow on the consent found for this purpose and channel, saying how strong its proof is. */
export function allowOnConsent(ctx: EvalContext, rule: RuleId, contactPointId: string): OutreachDecision {
  const decision = decideBy(ctx, rule, {
    evidence: [{ type: "consent", id: ctx.consent.eventId! }],
    params: { date: ctx.consent.effectiveAt },
    contactPointId,
  });
  const strength = ctx.consent.evidenceStrength;
  if (!strength) return decision;
  const note = STRENGTH_NOTES[strength];
  return {
    ...decision,
    evidenceStrength: strength,
    explanation: { nl: `${decision.explanation.nl} ${note.nl}`, en: `${decision.explanation.en} ${note.en}` },
  };
}

/** The sentence an allow on consent ends with (AVG art. 7 lid 1: how well it can be shown). */
const STRENGTH_NOTES = {
  strong: { nl: "Bewijs: sterk.", en: "Evidence: strong." },
  standard: { nl: "Bewijs: standaard.", en: "Evidence: standard." },
  weak: {
    nl: "Bewijs: zwak (telefonisch, nog niet schriftelijk bevestigd).",
    en: "Evidence: weak (by phone, not yet confirmed in writing).",
  },
} as const;
