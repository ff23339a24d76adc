/**
 * Rule 5 — commercial e-mail and SMS, Tw art. 11.7: prior consent, the customer exception
 * (lid 3), or an address a legal entity published for commercial messages. Anything else is spam,
 * including a mail that only asks "may we send you our newsletter?".
 */
import { NATURAL_PERSON_FORMS } from "@/domain/vocabulary";
import type { EvalContext, Step } from "../decision";
import { decideBy } from "../decision";
import { noPointRule, PERSONAL_FIRST, pickPoint, usablePoints, type ContactPoint } from "../contact-points";
import { findCustomerException } from "../customer";
import { notAfter } from "../time";
import { allowOnConsent, denyWithoutConsent } from "./without-consent";

/**
 * An address the company itself designated for commercial messages (acquisitie@, or jan@ where the
 * company said sales mail may go there). Only for legal entities: for a natural person or an
 * eenmanszaak/vof/maatschap the person is the subscriber and must consent. The designation must be
 * recorded (where and how it was shown) and known by `at`. A generic info@ is not designated.
 */
function designatedPoint(ctx: EvalContext, points: ContactPoint[]): ContactPoint | undefined {
  const { contact, at } = ctx.input;
  if (NATURAL_PERSON_FORMS.includes(contact.legalForm)) return undefined;
  return points.find((p) => {
    const d = p.email?.designation;
    return p.kind === "designated_commercial" && d != null && (d.seenAt === undefined || notAfter(d.seenAt, at));
  });
}

export const electronicMessage: Step = (ctx) => {
  const { contact, channel, contactPointId, purpose, at, settings } = ctx.input;
  if (channel !== "email" && channel !== "sms") return null;
  const points = usablePoints(contact, channel, contactPointId);
  if (points.length === 0) return decideBy(ctx, noPointRule(contact, channel, contactPointId));
  const best = pickPoint(points, PERSONAL_FIRST[channel]) ?? points[0];

  if (ctx.consent.state === "given") return allowOnConsent(ctx, "consent", best.id);

  const rel = findCustomerException(contact.customerRelationships, purpose, at, settings);
  if (rel) {
    return decideBy(ctx, "customer_exception", {
      evidence: [{ type: "customer_relationship", id: rel.id }],
      params: { date: rel.since },
      contactPointId: best.id,
    });
  }

  const designated = channel === "email" ? designatedPoint(ctx, points) : undefined;
  if (designated) {
    const d = designated.email!.designation!;
    return decideBy(ctx, "designated_address", {
      evidence: [{ type: "designation", id: d.id ?? designated.id }],
      params: { where: d.where, date: d.seenAt },
      contactPointId: designated.id,
    });
  }

  return denyWithoutConsent(ctx, "no_consent");
};
