import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { lockContact } from "@/server/db/lock-contact";
import { ZRecordConsentInput, type TRecordConsentInput } from "../schemas";
import { insertConsent, planConsents } from "./plan-consent";
import { parseInput } from "@/server/validation/parse-input";

/**
 * Records one consent for an existing contact, with its evidence and attachments, after
 * validateConsentGrant accepted it (AVG art. 4 punt 11, art. 7). Refused consents throw a
 * RuleRefusedError naming every problem; nothing is written then.
 */
export async function recordConsent(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TRecordConsentInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZRecordConsentInput, raw);
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const contact = await lockContact(tx, contactId);
    const [plan] = await planConsents(tx, contact.sourceType, [input], now);
    return insertConsent(tx, ctx, contactId, plan);
  });
}

/** Several purposes at once (the opt-in screen): all recorded, or none. */
export async function recordConsents(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TRecordConsentInput[],
  opts: { now?: Date } = {},
) {
  const inputs = raw.map((r) => parseInput(ZRecordConsentInput, r));
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const contact = await lockContact(tx, contactId);
    const plans = await planConsents(tx, contact.sourceType, inputs, now, (i) => `consents.${i}.`);
    const records = [];
    for (const plan of plans) records.push(await insertConsent(tx, ctx, contactId, plan));
    return records;
  });
}
