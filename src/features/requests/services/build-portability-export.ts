import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { COLLECTION_METHOD_DESCRIPTIONS, DPV_NAMESPACES, toIso27560Record, toKantaraReceipt } from "@/domain/exports";
import { toControllerInfo } from "../exports/controller-info";
import { toExportableConsents, WITHDRAWAL_METHOD_DESCRIPTIONS } from "../exports/to-exportable-consents";
import { collectPersonalData, type PersonalData } from "./collect-personal-data";
import { assertMayDisclose, notFound } from "./request-guards";

/**
 * The portability export (AVG art. 20): the data the person provided — identity, contact points,
 * addresses, their consents and opt-outs with the evidence — in a structured, machine-readable
 * form, plus each consent as a Kantara v1.1 receipt and an ISO/IEC TS 27560 record with DPV
 * terms, so that another controller's tools can read it. Staff notes, call logs and campaign
 * decisions are our own observations, not "provided by" the person; they are in the access report.
 * Every export is audited.
 */
export async function buildPortabilityExport(
  db: Db,
  ctx: AuditContext,
  input: { requestId: string; format: "json" | "csv"; language?: "nl" | "en" },
  now = new Date(),
) {
  const language = input.language ?? "nl";
  const request = await db.dataSubjectRequest.findUnique({
    where: { id: input.requestId },
    include: { contacts: { select: { contactId: true } } },
  });
  if (!request) throw notFound();
  if (request.type !== "portability" && request.type !== "access") {
    throw new AppError("CONFLICT", "Only access and portability requests have an export.", {
      key: "requests.errors.wrongType",
    });
  }
  assertMayDisclose(request);
  const settings = await db.organisationSettings.findUnique({ where: { id: 1 } });
  const controller = toControllerInfo(
    settings ?? {
      organisationName: "",
      controllerEmail: "",
      controllerAddress: "",
      controllerPhone: "",
      privacyPolicyUrl: "",
    },
    language === "nl" ? "Functionaris gegevensbescherming" : "Data protection officer",
  );
  const subjects: ReturnType<typeof subjectExport>[] = [];
  for (const { contactId } of request.contacts) {
    const data = await collectPersonalData(db, contactId, { attachmentData: true });
    if (data)
      subjects.push(
        subjectExport(data, { controller, language, consentLifetimeDays: settings?.consentLifetimeDays ?? null, now }),
      );
  }
  const document = {
    "@context": DPV_NAMESPACES,
    format: "grondslag-portability/1",
    generatedAt: now.toISOString(),
    request: { id: request.id, type: request.type, receivedAt: request.receivedAt.toISOString() },
    controller,
    noDataHeld: subjects.length === 0,
    subjects,
  };
  await db.$transaction((tx) =>
    writeAuditEvent(tx, ctx, {
      action: "request.exported",
      target: { type: "data_subject_request", id: request.id },
      metadata: {
        format: input.format,
        subjects: subjects.length,
        consentRecords: subjects.reduce((n, s) => n + s.consentHistory.length, 0),
      },
    }),
  );
  return document;
}
export type PortabilityExport = Awaited<ReturnType<typeof buildPortabilityExport>>;

function subjectExport(
  p: PersonalData,
  o: {
    controller: ReturnType<typeof toControllerInfo>;
    language: "nl" | "en";
    consentLifetimeDays: number | null;
    now: Date;
  },
) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const exportable = toExportableConsents(p.id, p.consents, {
    language: o.language,
    consentLifetimeDays: o.consentLifetimeDays,
  });
  const principalId = p.emails[0]?.normalised ?? p.id;
  const exportCtx = { controller: o.controller, language: o.language, principalId, at: o.now, withdrawalUrl: null };
  return {
    contact: {
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      jobTitle: p.jobTitle,
      source: p.sourceType,
      sourceDetail: p.sourceDetail,
      collectedAt: iso(p.collectedAt),
    },
    company: p.company
      ? {
          name: p.company.name,
          legalForm: p.company.legalForm,
          kvkNumber: p.company.kvkNumber,
          website: p.company.website,
        }
      : null,
    emailAddresses: p.emails.map((e) => ({ address: e.address, kind: e.kind })),
    phoneNumbers: p.phones.map((n) => ({ number: n.e164, kind: n.kind })),
    postalAddresses: p.postalAddresses.map((a) => ({
      street: a.street,
      postalCode: a.postalCode,
      city: a.city,
      country: a.country,
    })),
    consentHistory: p.consents.map((c) => ({
      id: c.id,
      purpose: c.purpose.key,
      purposeName: o.language === "nl" ? c.purpose.nameNl : c.purpose.nameEn,
      dpvPurpose: c.purpose.dpvPurpose,
      noticeVersion: c.notice?.version ?? null,
      noticeText: c.notice ? (o.language === "nl" ? c.notice.textNl : c.notice.textEn) : null,
      action: c.action,
      channels: c.channels,
      method: c.method,
      effectiveAt: iso(c.effectiveAt),
      recordedAt: iso(c.recordedAt),
      location: c.location,
      statement: c.statement,
      grantorName: c.grantorName,
      grantorRole: c.grantorRole,
      grantorAuthority: c.grantorAuthority,
      ip: c.ip,
      userAgent: c.userAgent,
      formVersion: c.formVersion,
      submittedAt: iso(c.submittedAt),
      confirmationIp: c.confirmationIp,
      confirmationUserAgent: c.confirmationUserAgent,
      correctsId: c.correctsId,
      correctionReason: c.correctionReason,
      invalidates: c.invalidates,
      attachments: c.attachments.map((a) => ({
        fileName: a.fileName,
        mimeType: a.mimeType,
        size: a.size,
        sha256: a.sha256,
        dataBase64: a.data ? Buffer.from(a.data).toString("base64") : null,
      })),
    })),
    channelOptOuts: p.channelOptOuts.map((x) => ({
      channel: x.channel,
      at: iso(x.at),
      until: x.until ? iso(x.until) : null,
      endedAt: x.endedAt ? iso(x.endedAt) : null,
      via: x.via,
    })),
    objections: p.objections.map((x) => ({
      scope: x.scope,
      receivedAt: iso(x.receivedAt),
      via: x.receivedVia,
      withdrawnAt: iso(x.withdrawnAt),
    })),
    consentReceipts: exportable
      .filter((r) => r.action === "granted")
      .map((r) => {
        const receipt = toKantaraReceipt(r, exportCtx);
        return {
          ...receipt,
          collectionMethod: receipt.collectionMethod ?? WITHDRAWAL_METHOD_DESCRIPTIONS[r.method] ?? r.method,
        };
      }),
    consentRecordsIso27560: exportable.map((r) => {
      const record = toIso27560Record(r, exportCtx);
      const description =
        COLLECTION_METHOD_DESCRIPTIONS[r.method] ?? WITHDRAWAL_METHOD_DESCRIPTIONS[r.method] ?? r.method;
      return { ...record, collectionMethod: { ...record.collectionMethod, description } };
    }),
  };
}
