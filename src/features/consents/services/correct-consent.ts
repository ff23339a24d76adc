import { AppError, type FieldProblem, fromRuleProblem, refuseIfProblems } from "@/server/errors";
import { evidenceStrength, validateConsentGrant, validateCorrection } from "@/domain/consent";
import type { ConsentMethod } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { lockContact } from "@/server/db/lock-contact";
import { ZCorrectConsentInput, type TCorrectConsentInput } from "../schemas";
import { checkAttachments } from "../rules/attachment-rules";
import { latestInChain } from "../rules/consent-records";
import { notInFuture } from "../rules/record-rules";
import { insertConsent } from "./plan-consent";
import { parseInput } from "@/server/validation/parse-input";

/**
 * Corrects a consent record without touching it (AVG art. 5 lid 2; the table refuses updates): a
 * new record that points at the original, with the reason. Either it replaces the original with
 * corrected details (re-checked by the consent rules, so a correction cannot make an invalid
 * consent look valid), or, with `invalidate`, it says the original never was valid consent and
 * nothing replaces it. Only the newest record of a chain can be corrected.
 */
export async function correctConsent(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TCorrectConsentInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZCorrectConsentInput, raw);
  const now = opts.now ?? new Date();
  const correction = validateCorrection({ reason: input.reason, correctsId: input.correctsId });
  refuseIfProblems(correction.ok ? [] : correction.problems.map((p) => fromRuleProblem(p)), false);
  return db.$transaction(async (tx) => {
    const contact = await lockContact(tx, contactId);
    const original = await tx.consentRecord.findUnique({
      where: { id: input.correctsId },
      include: {
        purpose: { include: { notices: { select: { id: true, version: true } } } },
        notice: true,
        _count: { select: { attachments: true } },
      },
    });
    if (!original || original.contactId !== contactId)
      throw new AppError("NOT_FOUND", "This consent record does not exist for this contact.");
    const chain = await tx.consentRecord.findMany({ where: { contactId }, select: { id: true, correctsId: true } });
    if (latestInChain(chain, original.id) !== original.id) {
      throw new AppError("CONFLICT", "This record has already been corrected; correct the newest version instead.", {
        key: "consents.errors.alreadyCorrected",
      });
    }
    const ev = input.evidence ?? {};
    const pick = <T>(v: T | undefined, fallback: T) => (v !== undefined ? v : fallback);
    const grantor =
      ev.grantor !== undefined
        ? ev.grantor
        : original.grantorName
          ? { name: original.grantorName, role: original.grantorRole, authority: original.grantorAuthority }
          : null;
    const merged = {
      purpose: original.purpose.key,
      channels: input.invalidate ? original.channels : (input.channels ?? original.channels),
      method: original.method as ConsentMethod,
      capturedAt: input.invalidate ? original.effectiveAt : (input.capturedAt ?? original.effectiveAt),
      affirmativeAct: true,
      evidence: {
        location: pick(ev.location, original.location),
        statement: pick(ev.statement, original.statement),
        grantor,
        noticeVersion: pick(ev.noticeVersion, original.notice?.version ?? null),
        ip: pick(ev.ip, original.ip),
        userAgent: pick(ev.userAgent, original.userAgent),
        formVersion: pick(ev.formVersion, original.formVersion),
      },
    };
    const attachments = checkAttachments(input.attachments ?? []);
    const found: FieldProblem[] = [...attachments.problems, ...notInFuture(merged.capturedAt, now, "capturedAt")];
    let legal = false;
    // Only a replacing grant is re-checked: an invalidation or a corrected withdrawal grants nothing.
    if (!input.invalidate && original.action === "granted") {
      const existingFiles = Array.from({ length: original._count.attachments }, (_, i) => `existing-${i}`);
      const result = validateConsentGrant(
        {
          ...merged,
          purposeKey: merged.purpose,
          evidence: {
            ...merged.evidence,
            attachments: [...existingFiles, ...attachments.files.map((f) => f.fileName)],
          },
        },
        {
          now,
          contactSourceType: contact.sourceType,
          knownNoticeVersions: original.purpose.notices.map((n) => n.version),
          purposeChannels: original.purpose.channels,
        },
      );
      if (!result.ok) {
        legal = true;
        found.push(...result.problems.map((p) => fromRuleProblem(p)));
      }
    }
    refuseIfProblems(found, legal);
    const notice = original.purpose.notices.find((n) => n.version === merged.evidence.noticeVersion) ?? null;
    return insertConsent(
      tx,
      ctx,
      contactId,
      {
        purposeId: original.purposeId,
        purposeKey: original.purpose.key,
        noticeId: notice?.id ?? null,
        noticeVersion: notice?.version ?? null,
        // Still inferred only when the correction did not name a version itself.
        noticeInferred: original.noticeInferred && ev.noticeVersion === undefined,
        strength: evidenceStrength({
          method: merged.method,
          hasAttachment: original._count.attachments + attachments.files.length > 0,
          confirmedInWriting: false,
        }),
        channels: merged.channels,
        files: attachments.files,
        input: {
          ...merged,
          evidence: {
            ...merged.evidence,
            grantor: merged.evidence.grantor
              ? {
                  ...merged.evidence.grantor,
                  name: merged.evidence.grantor.name ?? "",
                  role: merged.evidence.grantor.role ?? null,
                  authority: merged.evidence.grantor.authority ?? null,
                }
              : null,
          },
        } as never,
      },
      {
        correctsId: original.id,
        reason: input.reason.trim(),
        invalidates: input.invalidate,
        action: original.action,
        method: original.method,
      },
    );
  });
}
