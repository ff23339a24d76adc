/**
 * Input and output of the outreach rules engine. Plain data only: the engine never reads a
 * database or a clock, so every decision can be replayed later from the same facts (AVG art. 5
 * lid 2, accountability: we must be able to show why a past send was lawful).
 */
import type {
  Channel,
  ConsentAction,
  ConsentMethod,
  EmailKind,
  LegalBasis,
  LegalForm,
  NoticeKind,
  ObjectionScope,
  OrganisationSector,
  PhoneKind,
  SourceType,
} from "@/domain/vocabulary";

/** Someone who consented on the person's behalf (same shape as the consent module's grantor).
 *  Such a consent counts here: the authority is checked when the consent is recorded (docs/law/consent.md), not at send time. */
export interface ConsentGrantorFact {
  name: string;
  role?: string | null;
  authority?: string | null;
}

export interface ConsentEventFact {
  id: string;
  purposeKey: string;
  /** Empty = every channel of the purpose. */
  channels: Channel[];
  action: ConsentAction;
  /** When the consent was given or withdrawn. */
  effectiveAt: Date;
  /** When we wrote it down; counts only when the decision asks what was known at `knownAt`. */
  recordedAt: Date;
  method: ConsentMethod;
  /** This event corrects (replaces) the event with that id. */
  correctsId?: string | null;
  /** Invalidated events never count (dpv:ConsentInvalidated). */
  invalidated?: boolean;
  /** null/absent = the person themselves. */
  grantor?: ConsentGrantorFact | null;
  /** The "consent" came with a list we received rather than being collected by us (the consent
   *  module's `importedFromList`). On a contact from a purchased or rented list it is void: the
   *  person could not consent to a company they did not know (AVG art. 4 lid 11, art. 7 lid 1). */
  importedFromList?: boolean;
  /** What proves a grant beyond the record itself, for its evidence strength (src/domain/consent).
   *  Absent: strength unknown, and the organisation's weak-consent setting does not apply. */
  evidence?: { hasAttachment: boolean; confirmedAt?: Date | null } | null;
}

export interface EmailPointFact {
  id: string;
  kind: EmailKind;
  /** Where and when the company showed that this address is meant for commercial messages. */
  designation?: { id?: string; seenAt?: Date; where?: string } | null;
  /** A mail server refused mail to this address permanently (a hard bounce): nothing goes to it. */
  undeliverable?: boolean;
}

export interface PhonePointFact {
  id: string;
  kind: PhoneKind;
}

export interface PostalPointFact {
  id: string;
}

export interface LegalBasisFact {
  id: string;
  purposeKey: string;
  basis: LegalBasis;
  since: Date;
  until?: Date | null;
  /** When it was entered (see OutreachInput.knownAt); absent = when it took effect. */
  recordedAt?: Date | null;
}

export interface CustomerRelationshipFact {
  id: string;
  since: Date;
  until?: Date | null;
  products: string[];
  /** Tw art. 11.7 lid 3: the customer must have been offered an opt-out when the address was taken. */
  optOutOfferedAtCollection: boolean;
  kind?: "one_time" | "ongoing";
  /** false = nothing was paid (free trial, webinar, download): no sale, so no customer exception
   *  for any channel. Absent = paid. */
  paid?: boolean;
  /** When it was entered (see OutreachInput.knownAt); absent = when it took effect. */
  recordedAt?: Date | null;
}

export interface ObjectionFact {
  id: string;
  scope: ObjectionScope;
  receivedAt: Date;
  withdrawnAt?: Date | null;
  /** When it was entered (see OutreachInput.knownAt); absent = when it took effect. */
  recordedAt?: Date | null;
}

export interface RestrictionFact {
  id: string;
  setAt: Date;
  liftedAt?: Date | null;
}

export interface ChannelOptOutFact {
  id: string;
  channel: Channel;
  at: Date;
  /** Set for a pause ("no e-mail until then"): the opt-out ends by itself at this moment. */
  until?: Date | null;
  /** The person ended the pause early. */
  endedAt?: Date | null;
}

/** Information given to the person about their data (AVG art. 14). */
export interface NoticeFact {
  id: string;
  kind: NoticeKind;
  givenAt: Date;
  /** When it was entered (see OutreachInput.knownAt); absent = when it was given. */
  recordedAt?: Date | null;
}

/** A sales call for a purpose that reached the person (a conversation took place: see
 *  CALL_OUTCOMES_REACHING_PERSON). Read for the telemarketing code's first call within six months. */
export interface CallFact {
  id: string;
  purposeKey: string;
  /** When the call was made (and logged). */
  at: Date;
}

export interface ContactFacts {
  id: string;
  erased?: boolean;
  /** Identifier is on the suppression list and no fresh basis was recorded since (AVG art. 17). */
  suppressed?: boolean;
  /** Id of the suppression-list entry, cited as evidence when present. */
  suppressionId?: string | null;
  /** Of the company; "none" = private person. */
  legalForm: LegalForm;
  /** Where and when we obtained the data. `collectedAt` absent = before any moment asked about. */
  provenance: { sourceType: SourceType; publishedForPurposeKey?: string | null; collectedAt?: Date | null };
  emails: EmailPointFact[];
  phones: PhonePointFact[];
  postalAddresses: PostalPointFact[];
  consentEvents: ConsentEventFact[];
  legalBases: LegalBasisFact[];
  customerRelationships: CustomerRelationshipFact[];
  objections: ObjectionFact[];
  restrictions: RestrictionFact[];
  /** Unsubscribed from a whole channel, for all purposes, for good or for a period (a pause). */
  channelOptOuts?: ChannelOptOutFact[];
  /** Notices given (AVG art. 14); absent = none. */
  notices?: NoticeFact[];
  /** Sales calls that reached the person, per purpose (the first call on a phone consent). */
  calls: CallFact[];
}

export interface PurposeFacts {
  key: string;
  directMarketing: boolean;
  channels: Channel[];
  /** The purpose is about the organisation's own similar products (Tw art. 11.7 lid 3). */
  similarProductsOnly?: boolean;
  /** The period for the first call that the purpose's consent text states (telemarketing code:
   *  "unless the consent text stated another period"); overrides phoneFirstCallMonths. Absent or
   *  null = the organisation's setting for phone. */
  firstCallMonths?: number | null;
}

/** Channels whose consent has a plain lifetime of its own (phone has a first-call window instead). */
export type LifetimeChannel = Exclude<Channel, "phone">;

export interface OutreachSettings {
  /** Consent expires this many days after it was given; null = no lifetime. The general setting:
   *  every channel without a lifetime of its own, and phone as an outer bound. */
  consentLifetimeDays: number | null;
  /** A lifetime in days for one channel, replacing consentLifetimeDays there. Absent or null for a
   *  channel = consentLifetimeDays applies. */
  channelConsentLifetimeDays?: Partial<Record<LifetimeChannel, number | null>>;
  /** Telemarketing code (revised October 2024): the first call on a phone consent is made within
   *  this many months of the consent, or the consent lapses for calls. A purpose whose consent text
   *  states another period overrides it (PurposeFacts.firstCallMonths). null = no window. */
  phoneFirstCallMonths: number | null;
  /** Customer exception window after the relationship ended (months). */
  customerExceptionMonthsAfterEnd: number;
  /** Window for one-time buyers, counted from the sale; null/undefined = same as above. */
  oneTimeBuyerExceptionMonths?: number | null;
  /** Former customers may be called this long after the relationship ended (telemarketing code). */
  formerCustomerCallMonths: number;
  /** The organisation's documented balancing test for postal direct marketing covers everyone. */
  postalLegitimateInterest: boolean;
  /** The organisation's sector: since 1 July 2026 only charities, charity lotteries and press
   *  publishers keep the customer relationship as a basis for calls to natural persons.
   *  Absent = "other" (the strict case). */
  sector?: OrganisationSector;
  /** May weak evidence (a phone opt-in without recording or written confirmation) be used before
   *  the person confirmed it? Absent = yes. */
  weakConsentUsable?: boolean;
}

export interface OutreachInput {
  contact: ContactFacts;
  purpose: PurposeFacts;
  channel: Channel;
  commercial: boolean;
  /** Which address/number to use; omitted = the engine picks the best eligible one. */
  contactPointId?: string;
  /** The clock: the law in force at this moment (the rule-set version) is applied to every fact
   *  in effect at this moment, as we know it now. */
  at: Date;
  /** Read only what had been recorded by this moment (the send gate's view; replaying a stored
   *  decision). Absent = everything recorded up to now counts. */
  knownAt?: Date;
  settings: OutreachSettings;
  /** The audience was built on a profile (AVG art. 21/22). */
  profilingBased?: boolean;
}

export type EvidenceType =
  | "consent"
  | "customer_relationship"
  | "designation"
  | "objection"
  | "restriction"
  | "legal_basis"
  | "suppression"
  | "withdrawal"
  | "channel_opt_out"
  | "channel_paused"
  | "policy";

export interface Evidence {
  type: EvidenceType;
  id: string;
}
