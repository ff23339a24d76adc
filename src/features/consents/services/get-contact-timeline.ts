import type { Db } from "@/server/db";
import { canBeConfirmedInWriting, evidenceStrength, type EvidenceStrength } from "@/domain/consent";
import type { ConsentMethod } from "@/domain/vocabulary";
import { correctedIds } from "../rules/consent-records";
import { bundlesPhone } from "@/domain/outreach";

export type TimelineEvent =
  | { kind: "consent"; id: string; at: Date; recordedAt: Date; recordedBy: string | null; consent: ConsentEntry }
  | {
      kind: "legal_basis";
      id: string;
      at: Date;
      recordedAt: Date;
      recordedBy: string | null;
      basis: {
        purposeKey: string;
        purposeNameNl: string;
        purposeNameEn: string;
        basis: string;
        balancingNote: string | null;
        until: Date | null;
      };
    }
  | {
      kind: "customer_relationship";
      id: string;
      at: Date;
      recordedAt: Date;
      recordedBy: string | null;
      relationship: {
        since: Date;
        until: Date | null;
        products: string[];
        kind: string;
        optOutOfferedAtCollection: boolean;
      };
    }
  | {
      kind: "objection";
      id: string;
      at: Date;
      recordedAt: Date;
      recordedBy: string | null;
      objection: { scope: string; receivedVia: string; withdrawnAt: Date | null };
    }
  | {
      kind: "restriction_set" | "restriction_lifted";
      id: string;
      at: Date;
      recordedAt: Date;
      recordedBy: string | null;
      restriction: { restrictionId: string; reason: string; active: boolean };
    }
  | {
      kind: "channel_opt_out";
      id: string;
      at: Date;
      recordedAt: Date;
      recordedBy: string | null;
      /** `until` set: a pause, which ends by itself (or ended early at `endedAt`). */
      optOut: { channel: string; via: string; until: Date | null; endedAt: Date | null };
    };

export type ConsentEntry = {
  action: "granted" | "withdrawn";
  purposeKey: string;
  purposeNameNl: string;
  purposeNameEn: string;
  channels: string[];
  method: string;
  recordedVia: string;
  location: string | null;
  statement: string | null;
  grantor: { name: string; role: string | null; authority: string | null } | null;
  notice: { version: number; textNl: string; textEn: string } | null;
  /** No version was named when recorded: the one current at the time of consent was taken. */
  noticeInferred: boolean;
  /** Grants only: how well the consent can be shown now (src/domain/consent). */
  evidenceStrength: EvidenceStrength | null;
  /** The written confirmation: when it was sent, and the person's answer through its link. */
  confirmation: {
    sentAt: Date | null;
    confirmedAt: Date | null;
    declinedAt: Date | null;
    ip: string | null;
    userAgent: string | null;
  } | null;
  /** A weak grant still in force that the person has not confirmed (or declined) yet. */
  awaitingConfirmation: boolean;
  ip: string | null;
  userAgent: string | null;
  correctsId: string | null;
  correctionReason: string | null;
  invalidates: boolean;
  /** Replaced by a later correction; shown, but no longer counts. */
  superseded: boolean;
  /** A web-form or double-opt-in grant that listed phone together with other channels (or every
   *  channel of a purpose that offers phone): it counts for the other channels only, because
   *  consent to be called must be its own act (the outreach rules' bundled-phone reading). */
  notForCalls: boolean;
  attachments: { id: string; fileName: string; mimeType: string; size: number }[];
};

type ConsentRow = {
  id: string;
  action: "granted" | "withdrawn";
  method: string;
  purposeId: string;
  effectiveAt: Date;
  invalidates: boolean;
  attachments: unknown[];
  evidenceEvents: { kind: string; at: Date; ip: string | null; userAgent: string | null }[];
};

/** Strength and confirmation of one record, as shown on the timeline and in the API's history. */
function strengthOf(c: ConsentRow, all: readonly ConsentRow[], superseded: Set<string>) {
  const first = (kind: string) => c.evidenceEvents.find((e) => e.kind === kind) ?? null;
  const [sent, confirmed, declined] = [first("confirmation_sent"), first("confirmed"), first("declined")];
  const confirmation =
    sent || confirmed || declined
      ? {
          sentAt: sent?.at ?? null,
          confirmedAt: confirmed?.at ?? null,
          declinedAt: declined?.at ?? null,
          ip: (confirmed ?? declined)?.ip ?? null,
          userAgent: (confirmed ?? declined)?.userAgent ?? null,
        }
      : null;
  if (c.action !== "granted") return { evidenceStrength: null, confirmation, awaitingConfirmation: false };
  const strength = evidenceStrength({
    method: c.method as ConsentMethod,
    hasAttachment: c.attachments.length > 0,
    confirmedInWriting: confirmed != null,
  });
  const withdrawnLater = all.some(
    (o) => o.action === "withdrawn" && o.purposeId === c.purposeId && o.effectiveAt >= c.effectiveAt,
  );
  const awaitingConfirmation =
    canBeConfirmedInWriting(strength) && !declined && !c.invalidates && !superseded.has(c.id) && !withdrawnLater;
  return { evidenceStrength: strength, confirmation, awaitingConfirmation };
}

/**
 * Everything that happened to a person's consents, bases, objections and restriction, newest
 * first, with who recorded it and the evidence: what the privacy officer shows a regulator
 * (AVG art. 5 lid 2, art. 7 lid 1). Attachments are listed, not loaded.
 */
export async function getContactTimeline(db: Db, contactId: string): Promise<TimelineEvent[]> {
  const [consents, bases, relationships, objections, restrictions, optOuts] = await Promise.all([
    db.consentRecord.findMany({
      where: { contactId },
      include: {
        purpose: { select: { key: true, nameNl: true, nameEn: true, channels: true } },
        notice: { select: { version: true, textNl: true, textEn: true } },
        attachments: { select: { id: true, fileName: true, mimeType: true, size: true } },
        evidenceEvents: { orderBy: { at: "asc" } },
      },
    }),
    db.legalBasisRecord.findMany({
      where: { contactId },
      include: { purpose: { select: { key: true, nameNl: true, nameEn: true } } },
    }),
    db.customerRelationship.findMany({ where: { contactId } }),
    db.objection.findMany({ where: { contactId } }),
    db.restriction.findMany({ where: { contactId } }),
    db.channelOptOut.findMany({ where: { contactId } }),
  ]);
  const userIds = [
    ...consents.map((c) => c.recordedById),
    ...bases.map((b) => b.recordedById),
    ...relationships.map((r) => r.recordedById),
    ...objections.map((o) => o.recordedById),
    ...restrictions.flatMap((r) => [r.setById, r.liftedById]),
  ].filter((id): id is string => !!id);
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(userIds)] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? null) : null);
  const corrected = correctedIds(consents);

  const events: TimelineEvent[] = [
    ...consents.map((c): TimelineEvent => ({
      kind: "consent",
      id: c.id,
      at: c.effectiveAt,
      recordedAt: c.recordedAt,
      recordedBy: nameOf(c.recordedById),
      consent: {
        action: c.action,
        purposeKey: c.purpose.key,
        purposeNameNl: c.purpose.nameNl,
        purposeNameEn: c.purpose.nameEn,
        channels: c.channels,
        method: c.method,
        recordedVia: c.recordedVia,
        location: c.location,
        statement: c.statement,
        grantor: c.grantorName ? { name: c.grantorName, role: c.grantorRole, authority: c.grantorAuthority } : null,
        notice: c.notice,
        noticeInferred: c.noticeInferred,
        ...strengthOf(c, consents, corrected),
        ip: c.ip,
        userAgent: c.userAgent,
        correctsId: c.correctsId,
        correctionReason: c.correctionReason,
        invalidates: c.invalidates,
        superseded: corrected.has(c.id),
        notForCalls:
          c.purpose.channels.includes("phone") &&
          bundlesPhone({ action: c.action, method: c.method as ConsentMethod, channels: c.channels }),
        attachments: c.attachments,
      },
    })),
    ...bases.map((b): TimelineEvent => ({
      kind: "legal_basis",
      id: b.id,
      at: b.since,
      recordedAt: b.createdAt,
      recordedBy: nameOf(b.recordedById),
      basis: {
        purposeKey: b.purpose.key,
        purposeNameNl: b.purpose.nameNl,
        purposeNameEn: b.purpose.nameEn,
        basis: b.basis,
        balancingNote: b.balancingNote,
        until: b.until,
      },
    })),
    ...relationships.map((r): TimelineEvent => ({
      kind: "customer_relationship",
      id: r.id,
      at: r.since,
      recordedAt: r.createdAt,
      recordedBy: nameOf(r.recordedById),
      relationship: {
        since: r.since,
        until: r.until,
        products: r.products,
        kind: r.kind,
        optOutOfferedAtCollection: r.optOutOfferedAtCollection,
      },
    })),
    ...objections.map((o): TimelineEvent => ({
      kind: "objection",
      id: o.id,
      at: o.receivedAt,
      recordedAt: o.createdAt,
      recordedBy: nameOf(o.recordedById),
      objection: { scope: o.scope, receivedVia: o.receivedVia, withdrawnAt: o.withdrawnAt },
    })),
    ...restrictions.flatMap((r): TimelineEvent[] => [
      {
        kind: "restriction_set",
        id: `${r.id}:set`,
        at: r.setAt,
        recordedAt: r.setAt,
        recordedBy: nameOf(r.setById),
        restriction: { restrictionId: r.id, reason: r.reason, active: !r.liftedAt },
      },
      ...(r.liftedAt
        ? [
            {
              kind: "restriction_lifted" as const,
              id: `${r.id}:lift`,
              at: r.liftedAt,
              recordedAt: r.liftedAt,
              recordedBy: nameOf(r.liftedById),
              restriction: { restrictionId: r.id, reason: r.liftReason ?? "", active: false },
            },
          ]
        : []),
    ]),
    ...optOuts.map((o): TimelineEvent => ({
      kind: "channel_opt_out",
      id: o.id,
      at: o.at,
      recordedAt: o.createdAt,
      recordedBy: null,
      optOut: { channel: o.channel, via: o.via, until: o.until, endedAt: o.endedAt },
    })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime() || b.recordedAt.getTime() - a.recordedAt.getTime());
}
