/**
 * Database rows -> the engine's ContactFacts. One mapping, used by the single-contact loader
 * (Prisma) and the set-based audience loader (raw SQL), so both feed the engine the same facts.
 */
import type {
  Channel,
  ConsentAction,
  ConsentRecordMethod,
  EmailKind,
  LegalBasis,
  LegalForm,
  NoticeKind,
  ObjectionScope,
  PhoneKind,
  SourceType,
} from "@/domain/vocabulary";
import { CALL_OUTCOMES_REACHING_PERSON, type ConsentEventFact, type ContactFacts } from "@/domain/outreach";

export type ContactRow = {
  id: string;
  sourceType: SourceType;
  publishedForPurpose: string | null;
  collectedAt: Date;
  legalForm: LegalForm | null;
};
export type EmailRow = {
  id: string;
  contactId: string;
  normalised: string;
  kind: EmailKind;
  designationWhere: string | null;
  designationSeenAt: Date | null;
  undeliverable: boolean;
};
export type PhoneRow = { id: string; contactId: string; e164: string; kind: PhoneKind };
export type PostalRow = { id: string; contactId: string };
export type ConsentRow = {
  id: string;
  contactId: string;
  purposeKey: string;
  channels: Channel[];
  action: ConsentAction;
  method: ConsentRecordMethod;
  effectiveAt: Date;
  recordedAt: Date;
  recordedVia: string;
  correctsId: string | null;
  invalidates: boolean;
  grantorName: string | null;
  grantorRole: string | null;
  grantorAuthority: string | null;
  /** Evidence beyond the record: a kept file, the person's written confirmation (if any). */
  hasAttachment?: boolean;
  confirmedAt?: Date | null;
};
export type LegalBasisRow = {
  id: string;
  contactId: string;
  purposeKey: string;
  basis: LegalBasis;
  since: Date;
  until: Date | null;
  createdAt: Date;
};
export type RelationshipRow = {
  id: string;
  contactId: string;
  since: Date;
  until: Date | null;
  products: string[];
  kind: string;
  optOutOfferedAtCollection: boolean;
  paid: boolean;
  createdAt: Date;
};
export type ObjectionRow = {
  id: string;
  contactId: string;
  scope: ObjectionScope;
  receivedAt: Date;
  withdrawnAt: Date | null;
  createdAt: Date;
};
export type RestrictionRow = { id: string; contactId: string; setAt: Date; liftedAt: Date | null };
export type OptOutRow = {
  id: string;
  contactId: string;
  channel: Channel;
  at: Date;
  until: Date | null;
  endedAt: Date | null;
};
export type SuppressionRow = { id: string; hash: string; createdAt: Date };
/** Art. 14 notices given; loaded only for contacts whose source needs one (see loadNoticeRows). */
export type NoticeRow = { id: string; contactId: string; kind: NoticeKind; givenAt: Date; recordedAt: Date };
/** Call outcomes the loaders select: only a call that reached the person counts for the first call
 *  on a phone consent (see the domain's CALL_OUTCOMES_REACHING_PERSON). */
export const REACHING: string[] = [...CALL_OUTCOMES_REACHING_PERSON];

/** A logged sales call that reached the person (the loaders select only those outcomes). */
export type CallRow = { id: string; contactId: string; purposeKey: string; at: Date };

export type FactRows = {
  emails: EmailRow[];
  phones: PhoneRow[];
  postal: PostalRow[];
  consents: ConsentRow[];
  bases: LegalBasisRow[];
  relationships: RelationshipRow[];
  objections: ObjectionRow[];
  restrictions: RestrictionRow[];
  optOuts: OptOutRow[];
  calls: CallRow[];
};

// A correction that invalidates the record it corrects has no content of its own: it only takes
// the corrected record out of the history from the moment it was recorded. The engine models that
// as an event that supersedes its target and never itself comes into effect.
const NEVER = new Date(8_640_000_000_000_000);

export function toConsentEvent(r: ConsentRow): ConsentEventFact {
  const invalidating = r.invalidates && r.correctsId !== null;
  return {
    id: r.id,
    purposeKey: r.purposeKey,
    channels: r.channels,
    action: r.action,
    effectiveAt: invalidating ? NEVER : r.effectiveAt,
    recordedAt: r.recordedAt,
    method: r.method as ConsentEventFact["method"],
    correctsId: r.correctsId,
    grantor: r.grantorName ? { name: r.grantorName, role: r.grantorRole, authority: r.grantorAuthority } : null,
    // A record written by a list import: on a purchased-list contact such a grant is void (AVG
    // art. 4 lid 11); consent the person later gives us directly is recorded through another route.
    importedFromList: r.recordedVia === "import",
    evidence: { hasAttachment: r.hasAttachment === true, confirmedAt: r.confirmedAt ?? null },
  };
}

/** Group rows by contact id in one pass. */
export function byContact<T extends { contactId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.contactId);
    if (list) list.push(r);
    else out.set(r.contactId, [r]);
  }
  return out;
}

export type GroupedRows = { [K in keyof FactRows]: Map<string, FactRows[K]> };

export function groupRows(rows: FactRows): GroupedRows {
  return {
    emails: byContact(rows.emails),
    phones: byContact(rows.phones),
    postal: byContact(rows.postal),
    consents: byContact(rows.consents),
    bases: byContact(rows.bases),
    relationships: byContact(rows.relationships),
    objections: byContact(rows.objections),
    restrictions: byContact(rows.restrictions),
    optOuts: byContact(rows.optOuts),
    calls: byContact(rows.calls),
  };
}

const none: never[] = [];

export function toContactFacts(
  contact: ContactRow,
  g: GroupedRows,
  suppression: SuppressionRow | null,
  notices: Map<string, NoticeRow[]> = new Map(),
): ContactFacts {
  const id = contact.id;
  return {
    id,
    suppressed: suppression !== null,
    suppressionId: suppression?.id ?? null,
    // No company = a private person (natural person rules apply).
    legalForm: contact.legalForm ?? "none",
    provenance: {
      sourceType: contact.sourceType,
      publishedForPurposeKey: contact.publishedForPurpose,
      collectedAt: contact.collectedAt,
    },
    emails: (g.emails.get(id) ?? none).map((e) => ({
      id: e.id,
      kind: e.kind,
      designation:
        e.kind === "designated_commercial" && (e.designationWhere || e.designationSeenAt)
          ? { id: e.id, where: e.designationWhere ?? undefined, seenAt: e.designationSeenAt ?? undefined }
          : null,
      ...(e.undeliverable ? { undeliverable: true } : {}),
    })),
    phones: (g.phones.get(id) ?? none).map((p) => ({ id: p.id, kind: p.kind })),
    postalAddresses: (g.postal.get(id) ?? none).map((a) => ({ id: a.id })),
    consentEvents: (g.consents.get(id) ?? none).map(toConsentEvent),
    legalBases: (g.bases.get(id) ?? none).map((b) => ({
      id: b.id,
      purposeKey: b.purposeKey,
      basis: b.basis,
      since: b.since,
      until: b.until,
      recordedAt: b.createdAt,
    })),
    customerRelationships: (g.relationships.get(id) ?? none).map((r) => ({
      id: r.id,
      since: r.since,
      until: r.until,
      products: r.products,
      optOutOfferedAtCollection: r.optOutOfferedAtCollection,
      kind: r.kind === "one_time" ? "one_time" : "ongoing",
      paid: r.paid,
      recordedAt: r.createdAt,
    })),
    objections: (g.objections.get(id) ?? none).map((o) => ({
      id: o.id,
      scope: o.scope,
      receivedAt: o.receivedAt,
      withdrawnAt: o.withdrawnAt,
      recordedAt: o.createdAt,
    })),
    restrictions: (g.restrictions.get(id) ?? none).map((r) => ({ id: r.id, setAt: r.setAt, liftedAt: r.liftedAt })),
    channelOptOuts: (g.optOuts.get(id) ?? none).map((o) => ({
      id: o.id,
      channel: o.channel,
      at: o.at,
      until: o.until,
      endedAt: o.endedAt,
    })),
    notices: (notices.get(id) ?? none).map((n) => ({
      id: n.id,
      kind: n.kind,
      givenAt: n.givenAt,
      recordedAt: n.recordedAt,
    })),
    calls: (g.calls.get(id) ?? none).map((c) => ({ id: c.id, purposeKey: c.purposeKey, at: c.at })),
  };
}
