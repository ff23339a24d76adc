import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { createContact } from "@/features/contacts";
import type { TRecordConsentInput } from "@/features/consents";
import { ZLogOptInInput, type TLogOptInInput } from "../schemas";
import { recordConsents } from "@/features/consents";
import { parseInput } from "@/server/validation/parse-input";

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
  if (input.contactId) {
    const records = await recordConsents(db, ctx, input.contactId, consents, opts);
    return { contactId: input.contactId, consentIds: records.map((r) => r.id), created: false };
  }
  const { sourceType, ...contact } = input.newContact!;
  const created = await createContact(
    db,
    ctx,
    { ...contact, source: { type: sourceType, detail: input.location, collectedAt: input.capturedAt }, consents },
    opts,
  );
  return { contactId: created.id, consentIds: created.consentIds, created: true };
}
