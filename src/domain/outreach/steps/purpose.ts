/** Purpose-bound checks (AVG art. 5 lid 1 sub b) and the non-commercial route. */
import type { Step } from "../decision";
import { decideBy } from "../decision";
import { effectiveConsentState } from "../consent-state";
import { noPointRule, PERSONAL_FIRST, pickPoint, usablePoints } from "../contact-points";
import { withinCustomerWindow } from "../customer";
import { activeLegalBases } from "../facts";
import { POLICY_EVIDENCE } from "../policies";

/** A purpose is defined for certain channels; using another channel is a new use. */
export const channelInPurpose: Step = (ctx) => {
  const { purpose, channel } = ctx.input;
  return purpose.channels.includes(channel) ? null : decideBy(ctx, "channel_not_in_purpose");
};

/**
 * Non-commercial messages (service, invoice, answering a question) are not direct marketing: no
 * marketing consent, no per-contact record (AVG art. 6 lid 1 sub b/f). Rules 1-2 and the
 * profiling objection have already run; rules 3-4 do not apply to them.
 */
export const nonCommercial: Step = (ctx) => {
  if (ctx.isMarketing) return null;
  const { contact, channel, contactPointId, purpose, at } = ctx.input;
  const point = pickPoint(usablePoints(contact, channel, contactPointId), PERSONAL_FIRST[channel]);
  if (!point) return decideBy(ctx, noPointRule(contact, channel, contactPointId));
  const bases = activeLegalBases(contact, purpose.key, at, ["contract", "legitimate_interest", "legal_obligation"]);
  const evidence =
    bases.length > 0
      ? bases.map((b) => ({ type: "legal_basis" as const, id: b.id }))
      : [{ type: "policy" as const, id: POLICY_EVIDENCE.nonCommercial }];
  return decideBy(ctx, "non_commercial", { evidence, contactPointId: point.id });
};

/**
 * Publication is not consent: data published for X (a website's "call Joost for service") may be
 * used for X only. Another purpose needs its own basis: consent for it, a customer relationship
 * still within its window, or a recorded legal basis for the purpose.
 */
export const publicSourcePurpose: Step = (ctx) => {
  const { contact, purpose, at, settings } = ctx.input;
  const { sourceType, publishedForPurposeKey } = contact.provenance;
  if (sourceType !== "public_source" || publishedForPurposeKey === purpose.key) return null;
  const consented = purpose.channels.some(
    (ch) => effectiveConsentState(contact, purpose, ch, at, settings).state === "given",
  );
  const customer = contact.customerRelationships.some((r) => withinCustomerWindow(r, at, settings));
  const recorded = activeLegalBases(contact, purpose.key, at).length > 0;
  if (consented || customer || recorded) return null;
  return decideBy(ctx, "purpose_limitation", { params: { published: publishedForPurposeKey } });
};
