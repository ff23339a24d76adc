import type { ConsentMethod } from "@/domain/vocabulary";

/**
 * How well a consent can be demonstrated (AVG art. 7 lid 1: the controller must be able to show
 * that the person consented). Strength never makes an invalid consent valid, and a weak one is
 * still consent: it tells the privacy officer where the proof is thin and what would strengthen it.
 *
 * - strong: the person's own words survive in a form a third party can check: a call recording, a
 *   signed form, their own e-mail, a double opt-in, or their confirmation of our written summary.
 * - standard: an offline opt-in written down at the time with place, words and who recorded it, or a
 *   web form with IP address and user agent.
 * - weak: a phone call with nothing but our own notes. It leaves no trace of the person's own, so
 *   the product offers to confirm it in writing.
 */
export const EVIDENCE_STRENGTHS = ["strong", "standard", "weak"] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

export interface EvidenceStrengthFacts {
  method: ConsentMethod;
  /** A file was kept with the record: the call recording, the signed form, the card. */
  hasAttachment: boolean;
  /** The person confirmed our written confirmation of this consent through its link. */
  confirmedInWriting: boolean;
}

/** The strength of a method on its own, before any file or confirmation is taken into account. */
const BY_METHOD: Record<ConsentMethod, EvidenceStrength> = {
  double_opt_in: "strong",
  email_reply: "strong",
  web_form: "standard",
  verbal_in_person: "standard",
  business_card: "standard",
  paper_form: "standard",
  verbal_phone: "weak",
  // Switched on by the person on the preference page, reached through a signed link sent to their
  // own mailbox: the same proof of control as a double opt-in confirmation.
  preference_centre: "strong",
};

/** Methods where a kept file is the person's own act: a call recording, a signed form. A photo of
 *  a business card shows who the person is, not that they agreed, so it does not count here. */
const FILE_MAKES_STRONG: readonly ConsentMethod[] = ["verbal_phone", "paper_form"];

export function evidenceStrength(facts: EvidenceStrengthFacts): EvidenceStrength {
  if (facts.confirmedInWriting) return "strong";
  if (facts.hasAttachment && FILE_MAKES_STRONG.includes(facts.method)) return "strong";
  // A method outside the grant methods (never stored for a grant) is read as standard.
  return BY_METHOD[facts.method] ?? "standard";
}

/** A written confirmation can strengthen only weak evidence; for the rest it would add nothing. */
export const canBeConfirmedInWriting = (strength: EvidenceStrength): boolean => strength === "weak";
