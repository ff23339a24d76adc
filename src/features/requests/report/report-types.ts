/**
 * The plain shapes the access report is built from. The service's Prisma read model fits them
 * structurally; tests build them by hand. Only what the report shows is listed.
 */
import type { DocumentEntry, DocumentRow, DocumentSection, PrintableDocument } from "@/server/documents/render-pdf";
type PurposeRef = { key: string; nameNl: string; nameEn: string; dpvPurpose?: string };

export interface ReportPerson {
  id: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  notes: string | null;
  sourceType: string;
  sourceDetail: string | null;
  collectedAt: Date;
  publishedForPurpose: string | null;
  createdAt: Date;
  company: {
    name: string;
    legalForm: string;
    kvkNumber: string | null;
    website: string | null;
    generalPhone: string | null;
    generalEmail: string | null;
  } | null;
  emails: { address: string; kind: string; designationWhere: string | null; designationSeenAt: Date | null }[];
  phones: { e164: string; kind: string }[];
  postalAddresses: { street: string; postalCode: string; city: string; country: string }[];
  contactNotes: { body: string; createdAt: Date }[];
  tags: { addedAt: Date; tag: { name: string } }[];
  consents: {
    id: string;
    purpose: PurposeRef;
    notice: { version: number; textNl: string; textEn: string } | null;
    channels: string[];
    action: string;
    method: string;
    effectiveAt: Date;
    recordedAt: Date;
    location: string | null;
    statement: string | null;
    grantorName: string | null;
    grantorRole: string | null;
    grantorAuthority: string | null;
    ip: string | null;
    userAgent: string | null;
    formVersion: string | null;
    submittedAt: Date | null;
    confirmationIp: string | null;
    confirmationUserAgent: string | null;
    correctsId: string | null;
    correctionReason: string | null;
    invalidates: boolean;
    attachments: { fileName: string; mimeType: string; size: number; sha256: string }[];
  }[];
  legalBases: { purpose: PurposeRef; basis: string; balancingNote: string | null; since: Date; until: Date | null }[];
  customerRelationships: {
    since: Date;
    until: Date | null;
    products: string[];
    kind: string;
    optOutOfferedAtCollection: boolean;
  }[];
  objections: { scope: string; receivedAt: Date; receivedVia: string; withdrawnAt: Date | null }[];
  restrictions: { reason: string; setAt: Date; liftedAt: Date | null; liftReason: string | null }[];
  channelOptOuts: { channel: string; at: Date; until: Date | null; endedAt: Date | null; via: string }[];
  campaignRecipients: {
    toAddress: string | null;
    status: string;
    decision: string | null;
    rule: string | null;
    decidedAt: Date | null;
    sentAt: Date | null;
    campaign: { name: string; channel: string; subject: string; purpose: PurposeRef };
  }[];
  outboxMessages: { toAddress: string; subject: string; text: string; createdAt: Date }[];
  callLogs: { at: Date; outcome: string; notes: string | null; purposeId: string | null }[];
  callPurposes: { id: string; key: string; nameNl: string; nameEn: string }[];
}

export interface ReportFacts {
  controller: { name: string; email: string; address: string; phone: string; policyUrl: string };
  retentionMonthsWithoutBasis: number;
  processors: { name: string; description: string }[];
  purposes: {
    key: string;
    nameNl: string;
    nameEn: string;
    directMarketing: boolean;
    dpvPurpose: string;
    channels: string[];
    notice: { version: number; textNl: string; textEn: string } | null;
  }[];
  profiling: boolean;
}

export interface ReportRequest {
  id: string;
  receivedAt: Date;
  requesterName: string | null;
}

// The report is a printable document (its PDF comes from the shared renderer); its sections have
// ids, which the HTML page uses as anchors.
export type ReportRow = DocumentRow;
export type ReportEntry = DocumentEntry;
export type ReportSection = DocumentSection & { id: string };
export interface AccessReportModel extends PrintableDocument {
  sections: ReportSection[];
}

/** Translator with next-intl's call shape, scoped to the "requests" namespace. */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
