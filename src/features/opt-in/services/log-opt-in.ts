import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { createContact } from "@/features/contacts";
import type { TRecordConsentInput } from "@/features/consents";
import { ZLogOptInInput, type TLogOptInInput } from "../schemas";
import { recordConsents } from "@/features/consents";
import { parseInput } from "@/server/validation/parse-input";
import { evidenceStrength } from "@/domain/consent";
import { isAppError } from "@/server/errors";
import { sendWrittenConfirmation } from "@/features/consents";

export type ConfirmationOutcome = "sent" | "not_needed" | "not_requested" | "no_email_address" | "not_sent";

/**
 * The sales flow: one consent record per ticked purpose (consent is per purpose, AVG art. 6 lid 1
 * sub a), each pointing at the notice version shown, sharing time, place, words, grantor and the
 * card photo. With a new contact, the contact and its consents are one transaction: a refused
 * consent leaves no contact behind, and a suppressed person may come back only this way.
 */
export async function logOptIn(db: Db, ctx: AuditContext, raw: TLogOptInInput, opts: { now?: Date } = {}) {
  const input = parseInput(ZLogOptInInput, raw);
  const consents: TRecordConsentInput[] = input.purposes.map((p) => ({
    purpose: p.purpose,
    channels: p.channels,
    method: input.method,
    capturedAt: input.capturedAt,
    affirmativeAct: input.affirmativeAct,
    evidence: {
      location: input.location,
      statement: input.statement,
      grantor: input.grantor,
      noticeVersion: p.noticeVersion,
    },
    attachments: input.attachments,
  }));
  // Every record of one opt-in shares method and files, so they share their evidence strength.
  const strength = evidenceStrength({
    method: input.method,
    hasAttachment: (input.attachments ?? []).length > 0,
    confirmedInWriting: false,
  });
  let result: { contactId: string; consentIds: string[]; created: boolean };
  if (input.contactId) {
    const records = await recordConsents(db, ctx, input.contactId, consents, opts);
    result = { contactId: input.contactId, consentIds: records.map((r) => r.id), created: false };
  } else {
    const { sourceType, ...contact } = input.newContact!;
    const created = await createContact(
      db,
      ctx,
      { ...contact, source: { type: sourceType, detail: input.location, collectedAt: input.capturedAt }, consents },
      opts,
    );
    result = { contactId: created.id, consentIds: created.consentIds, created: true };
  }
  const confirmation = await confirmWeakConsents(db, ctx, result, strength, input.sendWrittenConfirmation !== false);
  return { ...result, evidenceStrength: strength, confirmation };
}

/**
 * Weak (phone) consent is strengthened by a written confirmation the person can answer (AVG art. 7
 * lid 1); sent after the consents committed, one mail per purpose so each link confirms its own
 * record. The consents stand whatever happens to the mail.
 */
export async function confirmWeakConsents(
  db: Db,
  ctx: AuditContext,
  result: { contactId: string; consentIds: string[] },
  strength: string,
  send: boolean,
): Promise<ConfirmationOutcome> {
  if (strength !== "weak") return "not_needed";
  if (!send) return "not_requested";
  try {
    for (const consentRecordId of result.consentIds)
      await sendWrittenConfirmation(db, ctx, { contactId: result.contactId, consentRecordId });
    return "sent";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.key === "consents.errors.noEmailForConfirmation" ? "no_email_address" : "not_sent";
  }
}
