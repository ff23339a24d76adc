import { actorUserId } from "@/server/audit/actor";
import { createHash } from "node:crypto";
import { evidenceStrength, inferNoticeVersion, validateConsentGrant, type EvidenceStrength } from "@/domain/consent";
import type { SourceType } from "@/domain/vocabulary";
import type { Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { enqueueWebhookEvent } from "@/features/webhooks";
import { resolvePurposeByKey, type PurposeWithNotices } from "@/features/purposes";
import type { TRecordConsentParsed } from "../schemas";
import { checkAttachments, type CheckedAttachment } from "../rules/attachment-rules";
import { fromRuleProblem, refuseIfProblems, type FieldProblem } from "@/server/errors";

export type ConsentPlan = {
  purposeId: string;
  purposeKey: string;
  noticeId: string | null;
  noticeVersion: number | null;
  /** No version was named: the one current at the capture time was taken. */
  noticeInferred: boolean;
  /** How well the consent can be demonstrated when recorded (AVG art. 7 lid 1). */
  strength: EvidenceStrength;
  input: TRecordConsentParsed;
  channels: TRecordConsentParsed["channels"] & {};
  files: CheckedAttachment[];
};

/**
 * Checks consents before anything is written, all of them, so the user sees every problem at once
 * and nothing is half-saved (the caller's transaction rolls back on the throw anyway).
 * `prefix` names the field path in a bigger input, e.g. "consents.0.".
 */
export async function planConsents(
  tx: Tx,
  contactSourceType: SourceType,
  inputs: readonly TRecordConsentParsed[],
  now: Date,
  prefixOf: (index: number) => string = () => "",
): Promise<ConsentPlan[]> {
  const problems: FieldProblem[] = [];
  let legal = false;
  const plans: ConsentPlan[] = [];
  for (const [i, input] of inputs.entries()) {
    const purpose = await resolvePurposeByKey(tx, input.purpose);
    const checked = checkConsent(purpose, contactSourceType, input, now, prefixOf(i));
    problems.push(...checked.problems);
    legal ||= checked.legal;
    plans.push(checked.plan);
  }
  refuseIfProblems(problems, legal);
  return plans;
}

/**
 * The checks of one consent against its (already resolved) purpose, without throwing: the plan to
 * write and every problem. planConsents refuses on any problem; a bulk import refuses the row.
 * `legal` says whether a rule with legal weight refused (UNLAWFUL rather than INVALID_INPUT).
 */
export function checkConsent(
  purpose: PurposeWithNotices,
  contactSourceType: SourceType,
  input: TRecordConsentParsed,
  now: Date,
  prefix = "",
): { plan: ConsentPlan; problems: FieldProblem[]; legal: boolean } {
  const problems: FieldProblem[] = [];
  let legal = false;
  if (!purpose.active) {
    legal = true;
    problems.push({
      field: `${prefix}purpose`,
      code: "purpose_inactive",
      key: "consents.errors.purposeInactive",
      message: "This purpose is no longer offered; consent cannot be given for it.",
    });
  }
  const channels = input.channels && input.channels.length > 0 ? [...new Set(input.channels)] : purpose.channels;
  const attachments = checkAttachments(input.attachments ?? [], `${prefix}attachments`);
  problems.push(...attachments.problems);
  const result = validateConsentGrant(
    {
      purposeKey: purpose.key,
      channels,
      method: input.method,
      capturedAt: input.capturedAt,
      affirmativeAct: input.affirmativeAct === true,
      preTicked: input.preTicked,
      importedFromList: input.importedFromList,
      evidence: { ...input.evidence, attachments: (input.attachments ?? []).map((a) => a.fileName) },
    },
    {
      now,
      contactSourceType,
      knownNoticeVersions: purpose.notices.map((n) => n.version),
      notices: purpose.notices,
      purposeChannels: purpose.channels,
    },
  );
  if (!result.ok) {
    legal = true;
    problems.push(...result.problems.map((p) => fromRuleProblem(p, prefix)));
  }
  // A caller that names no version gets the one current when consent was given, marked as
  // inferred so that the record never pretends someone stated it (AVG art. 7 lid 1).
  const noticeInferred = input.evidence.noticeVersion == null;
  const version = noticeInferred ? inferNoticeVersion(purpose.notices, input.capturedAt) : input.evidence.noticeVersion;
  const notice = purpose.notices.find((n) => n.version === version) ?? null;
  return {
    plan: {
      purposeId: purpose.id,
      purposeKey: purpose.key,
      noticeId: notice?.id ?? null,
      noticeVersion: notice?.version ?? null,
      noticeInferred: noticeInferred && notice != null,
      strength: evidenceStrength({
        method: input.method,
        hasAttachment: attachments.files.length > 0,
        confirmedInWriting: false,
      }),
      input,
      channels,
      files: attachments.files,
    },
    problems,
    legal,
  };
}

/** How the record reached us, from who is acting (kept with the evidence). */
export function recordedVia(ctx: AuditContext): string {
  return { user: "ui", api_key: "api", data_subject: "public", system: "system" }[ctx.actor.type];
}

/** Writes one planned grant, its attachments and its audit entry, inside the caller's transaction. */
export async function insertConsent(
  tx: Tx,
  ctx: AuditContext,
  contactId: string,
  plan: ConsentPlan,
  correction?: {
    correctsId: string;
    reason: string;
    invalidates: boolean;
    action?: "granted" | "withdrawn";
    method?: string;
  },
) {
  const { input } = plan;
  const grantor = input.evidence.grantor;
  const record = await tx.consentRecord.create({
    data: {
      contactId,
      purposeId: plan.purposeId,
      noticeId: plan.noticeId,
      channels: plan.channels,
      action: correction?.action ?? "granted",
      method: (correction?.method ?? input.method) as never,
      effectiveAt: input.capturedAt,
      recordedById: actorUserId(ctx),
      // "import" marks a grant that came with a list (read by the outreach rules, AVG art. 4 punt 11).
      recordedVia: input.importedFromList ? "import" : recordedVia(ctx),
      location: input.evidence.location,
      statement: input.evidence.statement,
      grantorName: grantor?.name || null,
      grantorRole: grantor ? grantor.role : null,
      grantorAuthority: grantor ? grantor.authority : null,
      ip: input.evidence.ip,
      userAgent: input.evidence.userAgent,
      formVersion: input.evidence.formVersion,
      submittedAt: input.evidence.submittedAt ?? null,
      confirmationIp: input.evidence.confirmationIp,
      confirmationUserAgent: input.evidence.confirmationUserAgent,
      correctsId: correction?.correctsId ?? null,
      correctionReason: correction?.reason ?? null,
      invalidates: correction?.invalidates ?? false,
      noticeInferred: plan.noticeInferred,
      attachments: {
        create: plan.files.map((f) => ({
          fileName: f.fileName,
          mimeType: f.mimeType,
          size: f.data.byteLength,
          sha256: createHash("sha256").update(f.data).digest("hex"),
          data: f.data as Uint8Array<ArrayBuffer>,
        })),
      },
    },
    select: { id: true, action: true, effectiveAt: true, recordedAt: true, noticeInferred: true },
  });
  await writeAuditEvent(tx, ctx, {
    action: correction ? "consent.corrected" : "consent.recorded",
    target: { type: "contact", id: contactId },
    metadata: {
      consentRecordId: record.id,
      purposeKey: plan.purposeKey,
      channels: plan.channels,
      method: correction?.method ?? input.method,
      noticeVersion: plan.noticeVersion,
      noticeInferred: plan.noticeInferred,
      evidenceStrength: plan.strength,
      attachments: plan.files.length,
      byRepresentative: Boolean(grantor),
      ...(correction ? { correctsId: correction.correctsId, invalidates: correction.invalidates } : {}),
    },
  });
  await (correction?.invalidates || record.action === "withdrawn"
    ? enqueueWebhookEvent(tx, "consent.withdrawn", {
        contactId,
        consentRecordId: record.id,
        purpose: plan.purposeKey,
        channels: plan.channels,
        at: record.effectiveAt.toISOString(),
        invalidated: correction?.invalidates ?? false,
      })
    : enqueueWebhookEvent(tx, "consent.granted", {
        contactId,
        consentRecordId: record.id,
        purpose: plan.purposeKey,
        channels: plan.channels,
        at: record.effectiveAt.toISOString(),
        correctsId: correction?.correctsId ?? null,
      }));
  return { ...record, evidenceStrength: plan.strength, noticeVersion: plan.noticeVersion };
}
