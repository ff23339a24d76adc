import type { LegalForm, PhoneKind } from "@/domain/vocabulary";

/** One line of text as the OCR engine read it, top to bottom. confidence: 0-100, as Tesseract reports it. */
export interface OcrLine {
  text: string;
  confidence: number;
}

/** A proposed value, with how sure we are of it (0-1) and the card line it came from. */
export interface Proposal<T = string> {
  value: T;
  confidence: number;
  /** Index of the OcrLine it was read from. */
  line: number;
}

export interface CardProposal {
  /** The person's name as printed; firstName/lastName split it the way the contact form asks for. */
  name: (Proposal & { firstName: string; lastName: string }) | null;
  /** The company name without a Dutch legal form (B.V., N.V., v.o.f.), which goes to legalForm. */
  company: (Proposal & { legalForm: LegalForm | null }) | null;
  jobTitle: Proposal | null;
  /** Normalised by the contact-points rules, so the form accepts it as it is. */
  email: Proposal | null;
  /** E.164; kind as the numbering plan suggests it ("mobile"), or null for the user to say. */
  phone: (Proposal & { kind: PhoneKind | null }) | null;
}

/** Below this, the UI marks a proposal as a guess the rep should check. */
export const WEAK_PROPOSAL = 0.6;
