import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { buildSearchName } from "@/features/contacts";
import { assertInScope, type ImportScope } from "./restrict";
import { MERGE_FIELDS } from "./write-chunk";

/**
 * Rolls an import back, in one transaction with its audit entry:
 * - contacts it created are deleted, unless something happened to them since (a consent, basis,
 *   objection, note, call, campaign, notice given, request or edit from elsewhere): those stay, and are counted;
 * - contacts it merged into lose what it added (e-mail addresses, numbers, an address, bases) and
 *   get back the fields it filled (empty again) or replaced (the value before), unless someone
 *   changed them since; its source record goes;
 * - consent it recorded on contacts that stay is invalidated by a correction record, since
 *   consent evidence is append-only (AVG art. 7 lid 1).
 */
export async function undoImport(db: Db, ctx: AuditContext, batchId: string, scope: ImportScope = {}) {
  return db.$transaction(
    async (tx) => {
      const batch = await tx.importBatch.findUnique({ where: { id: batchId } });
      if (!batch) throw new AppError("NOT_FOUND", "This import does not exist.", { key: "imports.errors.notFound" });
      assertInScope(batch, scope);
      if (batch.dryRun || !["done", "cancelled", "failed"].includes(batch.status))
        throw new AppError("CONFLICT", "Only a finished import can be undone.", { key: "imports.errors.cannotUndo" });
      const since = batch.finishedAt ?? new Date();
      // Created contacts with no activity of their own since the import.
      const deletable = await tx.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM "Contact" c
        WHERE c."importBatchId" = ${batchId}::uuid AND c."updatedAt" <= ${since}
          AND NOT EXISTS (SELECT 1 FROM "ConsentRecord" x WHERE x."contactId" = c.id AND x."importBatchId" IS DISTINCT FROM c."importBatchId")
          AND NOT EXISTS (SELECT 1 FROM "LegalBasisRecord" x WHERE x."contactId" = c.id AND x."importBatchId" IS DISTINCT FROM c."importBatchId")
          AND NOT EXISTS (SELECT 1 FROM "Objection" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "Restriction" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "ChannelOptOut" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "ContactNote" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "CustomerRelationship" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "CampaignRecipient" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "CallLog" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "ContactNotice" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "RequestContact" x WHERE x."contactId" = c.id)
          AND NOT EXISTS (SELECT 1 FROM "ContactSource" x WHERE x."contactId" = c.id)`;
      const ids = deletable.map((d) => d.id);
      const createdTotal = await tx.contact.count({ where: { importBatchId: batchId } });
      if (ids.length) {
        // The consent records that came with these contacts go with them (see the migration).
        await tx.$executeRaw`SELECT set_config('grondslag.import_undo', 'on', true)`;
        await tx.contact.deleteMany({ where: { id: { in: ids } } });
        await tx.$executeRaw`SELECT set_config('grondslag.import_undo', 'off', true)`;
      }
      const sources = await tx.contactSource.findMany({ where: { importBatchId: batchId } });
      let fieldsRestored = 0;
      for (const s of sources) fieldsRestored += await restoreFields(tx, s);
      await tx.contactSource.deleteMany({ where: { importBatchId: batchId } });
      const emails = await tx.emailAddress.deleteMany({ where: { importBatchId: batchId } });
      const phones = await tx.phoneNumber.deleteMany({ where: { importBatchId: batchId } });
      const addresses = await tx.postalAddress.deleteMany({ where: { importBatchId: batchId } });
      const bases = await tx.legalBasisRecord.deleteMany({ where: { importBatchId: batchId } });
      const consentsInvalidated = await invalidateRemainingConsents(tx, ctx, batchId);
      await tx.importBatch.update({ where: { id: batchId }, data: { status: "undone", undoneAt: new Date() } });
      const summary = {
        contactsDeleted: ids.length,
        contactsKept: createdTotal - ids.length,
        mergesReverted: sources.length,
        fieldsRestored,
        emailsRemoved: emails.count,
        phonesRemoved: phones.count,
        addressesRemoved: addresses.count,
        basesRemoved: bases.count,
        consentsInvalidated,
      };
      await writeAuditEvent(tx, ctx, {
        action: "import.undone",
        target: { type: "import_batch", id: batchId },
        metadata: summary,
      });
      return summary;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

/** Consent from the import on contacts that stay: a correction that invalidates each (append-only). */
async function invalidateRemainingConsents(tx: Tx, ctx: AuditContext, batchId: string) {
  const records = await tx.consentRecord.findMany({
    where: { importBatchId: batchId, correctedBy: { none: {} } },
    select: { id: true, contactId: true, purposeId: true, channels: true, method: true, effectiveAt: true },
  });
  if (!records.length) return 0;
  await tx.consentRecord.createMany({
    data: records.map((r) => ({
      contactId: r.contactId,
      purposeId: r.purposeId,
      channels: r.channels,
      action: "granted" as const,
      method: r.method,
      effectiveAt: r.effectiveAt,
      recordedById: ctx.actor.type === "user" ? ctx.actor.id : null,
      recordedVia: "import_undo",
      correctsId: r.id,
      correctionReason: "The import this consent came with was undone.",
      invalidates: true,
    })),
  });
  return records.length;
}

/**
 * Puts back what an import wrote on one merged contact: a field it filled becomes empty again, a
 * field it replaced gets its value from before; only where the field still holds the import's
 * value (a later edit by someone wins). The search name follows a restored name or company.
 */
async function restoreFields(tx: Tx, source: { contactId: string; filled: unknown; replaced: unknown }) {
  const filled = (source.filled ?? {}) as Record<string, string>;
  const replaced = (source.replaced ?? {}) as Record<string, string>;
  let restored = 0;
  for (const [field, value] of Object.entries(filled)) {
    if (!(MERGE_FIELDS as readonly string[]).includes(field)) continue;
    const before = replaced[field] ?? null;
    if (before === null && (field === "firstName" || field === "lastName")) continue; // never emptied
    const r = await tx.contact.updateMany({
      where: { id: source.contactId, [field]: value },
      data: { [field]: before },
    });
    restored += r.count;
  }
  if (restored && ["firstName", "lastName", "companyId"].some((f) => f in filled)) {
    const c = await tx.contact.findUniqueOrThrow({
      where: { id: source.contactId },
      select: { firstName: true, lastName: true, company: { select: { name: true } } },
    });
    await tx.contact.update({
      where: { id: source.contactId },
      data: { searchName: buildSearchName(c.firstName, c.lastName, c.company?.name) },
    });
  }
  return restored;
}
