import type { Db, Tx } from "@/server/db";
import { actorUserId, type AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { joinTransaction } from "@/server/db/join-transaction";
import { parseInput } from "@/server/validation/parse-input";
import { AppError } from "@/server/errors";
import { correctedMoment } from "@/domain/offline-queue";
import { normaliseEmail, normalisePhone } from "@/domain/contact-points";
import { findSuppressed } from "@/features/contacts";
import { readSuppressionSalt } from "@/server/suppression-salt";
import { ZOfflineOptInInput, type TOfflineOptInInput } from "../schemas";
import { confirmWeakConsents, logOptIn } from "./log-opt-in";
import { isUniqueViolation } from "@/server/db/unique-violation";

export type SyncedOptIn = {
  clientId: string;
  contactId: string;
  consentIds: string[];
  givenAt: Date;
  recordedAt: Date;
  matchedExisting: boolean;
  /** True when this upload had already been recorded: the first result, nothing new was written. */
  replayed: boolean;
};

/**
 * Records an opt-in that a phone logged without network, through the same service as the online
 * screen (logOptIn: same validation, same records, same audit), once:
 *
 * - The phone's id for the item is the key of a receipt written in the same transaction as the
 *   consents. A retried upload finds the receipt and gets the first result back; two uploads at
 *   the same moment cannot both commit (the second hits the unique key, rolls back and answers
 *   with the first one's result).
 * - The consent counts from when it was given: the phone's moment corrected by how far its clock
 *   was off at the last sync, not from when the upload arrived.
 * - A new contact from a card whose e-mail address or phone number a colleague entered meanwhile
 *   gets its consents on that contact instead of a duplicate.
 * - An address on the suppression list is refused (AVG art. 17, docs/law/erasure.md): online, the
 *   screen can let an erased person come back with a fresh consent because the rep sees it happen;
 *   offline nobody saw that, so the opt-in is refused with a reason that does not say who or which
 *   address, and stays on the phone for the rep to take up with the privacy officer.
 */
export async function syncOfflineOptIn(
  db: Db,
  ctx: AuditContext,
  raw: TOfflineOptInInput,
  opts: { now?: Date } = {},
): Promise<SyncedOptIn & { evidenceStrength: string; confirmation: string }> {
  const input = parseInput(ZOfflineOptInInput, raw);
  const now = opts.now ?? new Date();
  const earlier = await findReceipt(db, input.clientId);
  if (earlier) return earlier;
  const { clientId, givenAtDevice, clockOffsetMs, sendWrittenConfirmation, ...fields } = input;
  const givenAt = correctedMoment(givenAtDevice, clockOffsetMs);
  let synced;
  try {
    synced = await db.$transaction(async (tx) => {
      let contactId = fields.contactId;
      let matchedExisting = false;
      if (fields.newContact) {
        await refuseIfSuppressed(tx, fields.newContact);
        const match = await findContactByEmailOrPhone(tx, fields.newContact);
        if (match) [contactId, matchedExisting] = [match, true];
      }
      const result = await logOptIn(
        joinTransaction(tx),
        ctx,
        {
          ...fields,
          ...(matchedExisting ? { contactId, newContact: undefined } : {}),
          capturedAt: givenAt,
          // Mail goes after the commit, below: never for consents that might still roll back.
          sendWrittenConfirmation: false,
        },
        { now },
      );
      const receipt = await tx.offlineOptInReceipt.create({
        data: {
          clientId,
          contactId: result.contactId,
          consentIds: result.consentIds,
          recordedById: actorUserId(ctx),
          givenAt,
          recordedAt: now,
          matchedExisting,
          evidenceStrength: result.evidenceStrength,
        },
      });
      await writeAuditEvent(tx, ctx, {
        action: "opt_in.synced_from_device",
        target: { type: "contact", id: result.contactId },
        metadata: {
          clientId,
          consentRecordIds: result.consentIds,
          givenAt: givenAt.toISOString(),
          givenAtDevice: givenAtDevice.toISOString(),
          clockOffsetMs,
          recordedAt: now.toISOString(),
          matchedExisting,
          createdContact: result.created,
        },
      });
      return { ...toResult(receipt, false), evidenceStrength: result.evidenceStrength };
    });
  } catch (error) {
    // The same item uploaded twice at once: the other upload committed first.
    const first = isUniqueViolation(error) ? await findReceipt(db, clientId) : null;
    if (first) return first;
    throw error;
  }
  const confirmation = await confirmWeakConsents(
    db,
    ctx,
    synced,
    synced.evidenceStrength,
    sendWrittenConfirmation !== false,
  );
  return { ...synced, confirmation };
}

async function findReceipt(db: Db, clientId: string) {
  const receipt = await db.offlineOptInReceipt.findUnique({ where: { clientId } });
  return receipt
    ? { ...toResult(receipt, true), evidenceStrength: receipt.evidenceStrength, confirmation: "not_needed" }
    : null;
}

function toResult(
  r: {
    clientId: string;
    contactId: string;
    consentIds: string[];
    givenAt: Date;
    recordedAt: Date;
    matchedExisting: boolean;
  },
  replayed: boolean,
): SyncedOptIn {
  return {
    clientId: r.clientId,
    contactId: r.contactId,
    consentIds: r.consentIds,
    givenAt: r.givenAt,
    recordedAt: r.recordedAt,
    matchedExisting: r.matchedExisting,
    replayed,
  };
}

type CardIdentifiers = { emails?: { address: string }[] | null; phones?: { number: string }[] | null };

async function refuseIfSuppressed(tx: Tx, card: CardIdentifiers) {
  const identifiers = [
    ...(card.emails ?? []).map((e, i) => ({ field: `emails.${i}.address`, value: e.address })),
    ...(card.phones ?? []).map((p, i) => ({ field: `phones.${i}.number`, value: p.number })),
  ];
  if ((await findSuppressed(tx, identifiers, () => readSuppressionSalt(tx))).length === 0) return;
  // No field and no address in the answer: the rep learns that this card cannot be synced, not
  // that (or which of) its details belong to someone who was erased.
  throw new AppError(
    "CONFLICT",
    "This opt-in cannot be recorded from an offline capture. Ask your privacy officer before logging it again.",
    { key: "consents.optIn.offline.refusedSuppressed" },
  );
}

/** The contact matching of the contacts screen: the same normalised e-mail address or E.164 number. */
async function findContactByEmailOrPhone(tx: Tx, card: CardIdentifiers): Promise<string | null> {
  const emails = (card.emails ?? []).map((e) => normaliseEmail(e.address)).filter((e): e is string => !!e);
  const phones = (card.phones ?? []).map((p) => normalisePhone(p.number)?.e164).filter((p): p is string => !!p);
  if (emails.length > 0) {
    const byEmail = await tx.emailAddress.findFirst({
      where: { normalised: { in: emails } },
      orderBy: { contact: { createdAt: "asc" } },
      select: { contactId: true },
    });
    if (byEmail) return byEmail.contactId;
  }
  if (phones.length > 0) {
    const byPhone = await tx.phoneNumber.findFirst({
      where: { e164: { in: phones } },
      orderBy: { contact: { createdAt: "asc" } },
      select: { contactId: true },
    });
    if (byPhone) return byPhone.contactId;
  }
  return null;
}
