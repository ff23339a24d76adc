/**
 * Rule 7 — addressed post: direct marketing on legitimate interest (AVG art. 6 lid 1 sub f,
 * recital 47) without asking consent; the organisation's documented balancing test covers every
 * contact unless the privacy officer switches it off. Objections were handled by rule 3.
 */
import type { Step } from "../decision";
import { decideBy } from "../decision";
import { PERSONAL_FIRST, pickPoint, usablePoints } from "../contact-points";
import { activeLegalBases } from "../facts";
import { POLICY_EVIDENCE } from "../policies";
import { allowOnConsent } from "./without-consent";

export const addressedPost: Step = (ctx) => {
  const { contact, channel, contactPointId, purpose, at, settings } = ctx.input;
  if (channel !== "post") return null;
  const points = usablePoints(contact, channel, contactPointId);
  const point = pickPoint(points, PERSONAL_FIRST.post);
  if (!point) return decideBy(ctx, "no_contact_point");

  if (settings.postalLegitimateInterest) {
    return decideBy(ctx, "postal_legitimate_interest", {
      evidence: [{ type: "policy", id: POLICY_EVIDENCE.postalBalancingTest }],
      contactPointId: point.id,
    });
  }
  if (ctx.consent.state === "given") return allowOnConsent(ctx, "postal_consent", point.id);
  // With the blanket balancing test off, a balancing test recorded for this contact and purpose
  // still counts: it is the same legal basis, documented per person.
  const basis = activeLegalBases(contact, purpose.key, at, ["legitimate_interest"])[0];
  if (basis) {
    return decideBy(ctx, "postal_legitimate_interest", {
      evidence: [{ type: "legal_basis", id: basis.id }],
      contactPointId: point.id,
    });
  }
  const expired = ctx.consent.state === "expired" ? [{ type: "consent" as const, id: ctx.consent.eventId! }] : [];
  return decideBy(ctx, "postal_no_basis", { evidence: expired, contactPointId: point.id });
};
