/**
 * Rule 6 — telephone (Tw art. 11.7; Dutch telemarketing code). There is no Bel-me-niet register
 * any more (abolished 1 July 2021): natural persons need opt-in unless they are (former) customers
 * — and since 1 July 2026 being a customer no longer counts, except for the exempt sectors; for
 * legal entities the general number is open, a named person's line needs a basis of its own.
 */
import { CUSTOMER_CALL_EXEMPT_SECTORS, NATURAL_PERSON_FORMS } from "@/domain/vocabulary";
import type { EvalContext, OutreachDecision, Step } from "../decision";
import { decideBy } from "../decision";
import { PERSONAL_FIRST, pickPoint, usablePoints, type ContactPoint } from "../contact-points";
import { findFormerCustomer, isExistingCustomer } from "../customer";
import { activeLegalBases } from "../facts";
import { POLICY_EVIDENCE } from "../policies";
import { allowOnConsent, denyWithoutConsent } from "./without-consent";

/** How the telephone rule reads the law of a rule-set version. */
export interface TelephoneLaw {
  /** Tw art. 11.7 as amended on 1 July 2026: a customer relationship alone no longer allows calling
   *  a natural person, unless the organisation is in an exempt sector. */
  customerCallsNeedConsent: boolean;
}

/** Natural persons incl. eenmanszaak, vof, maatschap: opt-in, existing customer, or former
 *  customer within formerCustomerCallMonths (default 36, the code of conduct's three years).
 *  Under the 2026 law the customer routes remain for the exempt sectors only. */
function naturalPerson(ctx: EvalContext, best: ContactPoint, law: TelephoneLaw): OutreachDecision {
  const { contact, at, settings } = ctx.input;
  const existing = contact.customerRelationships.find((r) => isExistingCustomer(r, at));
  const former = existing ? undefined : findFormerCustomer(contact.customerRelationships, at, settings);
  const exempt = CUSTOMER_CALL_EXEMPT_SECTORS.includes(settings.sector ?? "other");
  if ((existing || former) && law.customerCallsNeedConsent && !exempt) {
    // The relationship is cited so that the reader sees which relationship no longer counts.
    const rel = existing ?? former!.rel;
    return denyWithoutConsent(ctx, "customer_call_needs_consent", {
      evidence: [{ type: "customer_relationship", id: rel.id }],
      params: { date: rel.since },
    });
  }
  if (existing) {
    return decideBy(ctx, "existing_customer", {
      evidence: [{ type: "customer_relationship", id: existing.id }],
      params: { date: existing.since },
      contactPointId: best.id,
    });
  }
  if (former) {
    return decideBy(ctx, "former_customer", {
      evidence: [{ type: "customer_relationship", id: former.rel.id }],
      params: { date: former.end, until: former.until },
      contactPointId: best.id,
    });
  }
  return denyWithoutConsent(ctx, "no_consent");
}

/**
 * Legal entities (BV, NV, stichting...): a direct or mobile line reaches a named person, so it
 * needs a legitimate interest that person can reasonably expect (AVG art. 6 lid 1 sub f): a
 * running relationship, or a recorded legitimate-interest basis for this purpose. Without one,
 * only the general number remains, asking for a role rather than a name.
 */
function legalEntity(ctx: EvalContext, points: ContactPoint[]): OutreachDecision {
  const { contact, purpose, at } = ctx.input;
  const personal = pickPoint(points, ["direct", "mobile"]);
  if (personal) {
    const rel = contact.customerRelationships.find((r) => isExistingCustomer(r, at));
    const basis = activeLegalBases(contact, purpose.key, at, ["legitimate_interest"])[0];
    if (rel || basis) {
      return decideBy(ctx, "direct_line_legitimate_interest", {
        evidence: rel ? [{ type: "customer_relationship", id: rel.id }] : [{ type: "legal_basis", id: basis.id }],
        params: { date: rel ? rel.since : basis.since },
        contactPointId: personal.id,
      });
    }
  }
  const general = pickPoint(points, ["general"]);
  if (general) {
    return decideBy(ctx, "switchboard_role", {
      evidence: [{ type: "policy", id: POLICY_EVIDENCE.switchboard }],
      contactPointId: general.id,
    });
  }
  return denyWithoutConsent(ctx, "no_basis_direct_line");
}

/** The telephone step as a rule-set version reads the law. */
export function telephoneStep(law: TelephoneLaw): Step {
  return (ctx) => {
    const { contact, channel, contactPointId } = ctx.input;
    if (channel !== "phone") return null;
    const points = usablePoints(contact, channel, contactPointId);
    if (points.length === 0) return decideBy(ctx, "no_contact_point");
    const best = pickPoint(points, PERSONAL_FIRST.phone) ?? points[0];
    if (ctx.consent.state === "given") return allowOnConsent(ctx, "consent", best.id);
    return NATURAL_PERSON_FORMS.includes(contact.legalForm) ? naturalPerson(ctx, best, law) : legalEntity(ctx, points);
  };
}
