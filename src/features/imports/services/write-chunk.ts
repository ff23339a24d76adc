import type { Tx } from "@/server/db";
import { buildSearchName } from "@/features/contacts";
import { recordedVia } from "@/features/consents";
import { enqueueWebhookEvent } from "@/features/webhooks";
import type { AuditContext } from "@/server/audit/actor";
import type { ConsentPlan } from "@/features/consents";
import type { ExistingContact, RowPlan } from "./classify-chunk";
import type { PreparedRow } from "./prepare-rows";
import { uuidv7 } from "./ids";
import { resolveCompanies } from "./resolve-companies";
import { bulkInsert, type BulkValue } from "./bulk-insert";

const CONTACT_COLUMNS = [
  "id",
  "firstName",
  "lastName",
  "jobTitle",
  "notes",
  "companyId",
  "sourceType",
  "sourceDetail",
  "collectedAt",
  "collectedById",
  "searchName",
  "publishedForPurpose",
  "importBatchId",
  "createdAt",
  "updatedAt",
];

type Batch = {
  onConflict: "keep" | "replace";
  id: string;
  sourceType: string;
  sourceDetail: string | null;
  createdById: string | null;
};

/**
 * Writes a classified chunk with a handful of bulk inserts (contacts, e-mail addresses, phone
 * numbers, addresses, consents, bases), every record tagged with the batch. Merges fill what is
 * empty on the existing contact and add what is new; they never overwrite, and the contact keeps
 * its own provenance while the import is recorded as a further source (AVG art. 14 lid 2 sub f).
 * Runs inside the caller's transaction, with the chunk's audit entry and progress.
 */
export async function writeChunk(
  tx: Tx,
  ctx: AuditContext,
  batch: Batch,
  plans: RowPlan[],
  existing: Map<string, ExistingContact>,
  now: Date,
) {
  const creates = plans.filter((p): p is Extract<RowPlan, { kind: "create" }> => p.kind === "create");
  const merges = plans.filter((p): p is Extract<RowPlan, { kind: "merge" }> => p.kind === "merge");
  const companies = await resolveCompanies(
    tx,
    [...creates, ...merges].map((p) => p.row).filter((r) => r.draft?.company),
  );
  const companyOf = (row: PreparedRow) => (row.draft?.company ? (companies.idOf(row) ?? null) : null);

  // What every contact of the chunk shares is sent once (bulkInsert's `shared`).
  const shared = {
    sourceType: batch.sourceType,
    sourceDetail: batch.sourceDetail,
    collectedAt: now,
    collectedById: batch.createdById,
    importBatchId: batch.id,
    createdAt: now,
    updatedAt: now,
  };
  const contacts = creates.map(({ row, contactId }) => {
    const d = row.draft!;
    const contact: Record<string, BulkValue> & {
      jobTitle: string | null;
      notes: string | null;
      companyId: string | null;
    } = {
      id: contactId,
      firstName: d.firstName,
      lastName: d.lastName,
      jobTitle: d.jobTitle,
      notes: d.notes,
      companyId: companyOf(row),
      searchName: buildSearchName(d.firstName, d.lastName, d.company?.name),
      publishedForPurpose: d.source.publishedForPurpose,
    };
    // A row's own provenance (a source column) overrides the file's.
    if (d.source.type !== shared.sourceType) contact.sourceType = d.source.type;
    if (d.source.detail !== shared.sourceDetail) contact.sourceDetail = d.source.detail;
    if (d.source.collectedAt) contact.collectedAt = d.source.collectedAt;
    return contact;
  });
  // A later row of the file for a person created in this same chunk fills what is still empty.
  const createdHere = new Map(contacts.map((c) => [c.id, c]));
  for (const m of merges) {
    const c = createdHere.get(m.contactId);
    if (!c) continue;
    const d = m.row.draft!;
    c.jobTitle ??= d.jobTitle;
    c.notes ??= d.notes;
    c.companyId ??= companyOf(m.row);
  }
  await bulkInsert(tx, "Contact", CONTACT_COLUMNS, contacts, shared);

  // Points and addresses: all of a created contact's; a merged one gets those it lacks.
  const emails: Record<string, BulkValue>[] = [];
  const phones: Record<string, BulkValue>[] = [];
  const addresses: Record<string, BulkValue>[] = [];
  const inFile = new Map<string, { emails: Set<string>; phones: Set<string>; hasAddress: boolean }>();
  const pointsOf = (contactId: string) => {
    let known = inFile.get(contactId);
    if (!known) {
      const e = existing.get(contactId);
      known = { emails: new Set(e?.emails), phones: new Set(e?.phones), hasAddress: e?.hasAddress ?? false };
      inFile.set(contactId, known);
    }
    return known;
  };
  const tagged = { importBatchId: batch.id, createdAt: now };
  for (const p of [...creates, ...merges]) {
    const known = pointsOf(p.contactId);
    for (const e of p.row.emails) {
      if (known.emails.has(e.normalised)) continue;
      known.emails.add(e.normalised);
      emails.push({ id: uuidv7(), contactId: p.contactId, address: e.address, normalised: e.normalised, kind: e.kind });
    }
    for (const ph of p.row.phones) {
      if (known.phones.has(ph.e164)) continue;
      known.phones.add(ph.e164);
      phones.push({ id: uuidv7(), contactId: p.contactId, e164: ph.e164, kind: ph.kind });
    }
    if (p.row.postalAddress && !known.hasAddress) {
      known.hasAddress = true;
      const { street, postalCode, city, country } = p.row.postalAddress;
      addresses.push({ id: uuidv7(), contactId: p.contactId, street, postalCode, city, country });
    }
  }
  const pointColumns = ["id", "contactId", "importBatchId", "createdAt"];
  await bulkInsert(tx, "EmailAddress", [...pointColumns, "address", "normalised", "kind"], emails, tagged);
  await bulkInsert(tx, "PhoneNumber", [...pointColumns, "e164", "kind"], phones, tagged);
  await bulkInsert(
    tx,
    "PostalAddress",
    [...pointColumns, "street", "postalCode", "city", "country"],
    addresses,
    tagged,
  );

  for (const m of merges) await fillMerged(tx, batch, m, existing.get(m.contactId), companyOf(m.row), now);

  const consents = [...creates, ...merges].filter((p) => p.consent) as { contactId: string; consent: ConsentPlan }[];
  const consentRows = consents.map(({ contactId, consent }) => consentRow(ctx, batch.id, contactId, consent));
  if (consentRows.length) await tx.consentRecord.createMany({ data: consentRows });
  for (const c of consentRows)
    await enqueueWebhookEvent(tx, "consent.granted", {
      contactId: c.contactId,
      consentRecordId: c.id,
      purpose: consents.find((x) => x.contactId === c.contactId)!.consent.purposeKey,
      channels: c.channels,
      at: c.effectiveAt.toISOString(),
      correctsId: null,
    });
  const bases = await basisRows(tx, batch, [...creates, ...merges], now);
  return {
    companiesCreated: companies.created,
    consents: consentRows.length,
    bases,
    freshBasis: creates.filter((c) => c.freshBasis).length,
  };
}

function consentRow(ctx: AuditContext, batchId: string, contactId: string, plan: ConsentPlan) {
  const { input } = plan;
  return {
    id: uuidv7(),
    contactId,
    purposeId: plan.purposeId,
    noticeId: plan.noticeId,
    channels: plan.channels,
    action: "granted" as const,
    method: input.method,
    effectiveAt: input.capturedAt,
    recordedById: ctx.actor.type === "user" ? ctx.actor.id : null,
    // "import" marks a grant that came with a list (read by the outreach rules, AVG art. 4 punt 11).
    recordedVia: input.importedFromList ? "import" : recordedVia(ctx),
    location: input.evidence.location,
    statement: input.evidence.statement,
    importBatchId: batchId,
  };
}

/** The contact's fields an import may fill (when empty) or replace (when the user chose so). */
export const MERGE_FIELDS = ["firstName", "lastName", "jobTitle", "notes", "companyId"] as const;
type MergeField = (typeof MERGE_FIELDS)[number];

/**
 * Fills the empty fields of a merged contact and, if the user chose to replace differing values,
 * replaces those; records the import as the contact's further source, with what it wrote and what
 * it replaced (for undo). The contact keeps its own provenance.
 */
async function fillMerged(
  tx: Tx,
  batch: Batch,
  m: Extract<RowPlan, { kind: "merge" }>,
  contact: ExistingContact | undefined,
  companyId: string | null,
  now: Date,
) {
  if (!contact) return; // merged into a contact created earlier in this chunk: nothing to fill
  const d = m.row.draft!;
  const fromFile = contact.importBatchId === batch.id;
  const incoming: Record<MergeField, string | null> = {
    firstName: d.firstName,
    lastName: d.lastName,
    jobTitle: d.jobTitle,
    notes: d.notes,
    companyId,
  };
  const filled: Partial<Record<MergeField, string>> = {};
  const replaced: Partial<Record<MergeField, string>> = {};
  for (const field of MERGE_FIELDS) {
    const value = incoming[field];
    const current = contact[field];
    if (!value || value === current) continue;
    if (!current) filled[field] = value;
    // Within one file the first row wins; an existing contact's value only on the user's word.
    else if (batch.onConflict === "replace" && !fromFile) {
      filled[field] = value;
      replaced[field] = current;
    } else continue;
    contact[field] = value;
  }
  if (Object.keys(filled).length) {
    const renamed = filled.firstName || filled.lastName || filled.companyId;
    if (filled.companyId) contact.companyName = d.company?.name ?? contact.companyName;
    await tx.contact.update({
      where: { id: contact.id },
      data: {
        ...filled,
        ...(renamed ? { searchName: buildSearchName(contact.firstName, contact.lastName, contact.companyName) } : {}),
      },
    });
  }
  if (fromFile) return; // a contact this file created: the file is already its source
  // One source record per contact and import, holding everything this import wrote (for undo).
  const source = await tx.contactSource.findFirst({ where: { contactId: contact.id, importBatchId: batch.id } });
  if (source) {
    if (Object.keys(filled).length)
      await tx.contactSource.update({
        where: { id: source.id },
        data: {
          filled: { ...(source.filled as Record<string, string>), ...filled },
          // The value before the first replacement is the one undo restores.
          replaced: { ...replaced, ...(source.replaced as Record<string, string>) },
        },
      });
    return;
  }
  await tx.contactSource.create({
    data: {
      contactId: contact.id,
      importBatchId: batch.id,
      sourceType: d.source.type,
      sourceDetail: d.source.detail,
      collectedAt: d.source.collectedAt ?? now,
      filled,
      replaced,
    },
  });
}

/** Legal bases from the file; on a merged contact a new basis ends the one in force (as by hand). */
async function basisRows(tx: Tx, batch: Batch, plans: Extract<RowPlan, { kind: "create" | "merge" }>[], now: Date) {
  const withBasis = plans.filter((p) => p.row.draft?.basis);
  if (!withBasis.length) return 0;
  const purposes = await tx.purpose.findMany({
    where: { key: { in: [...new Set(withBasis.map((p) => p.row.draft!.basis!.purpose))] } },
    select: { id: true, key: true },
  });
  const idOf = new Map(purposes.map((p) => [p.key, p.id]));
  for (const p of withBasis.filter((x) => x.kind === "merge")) {
    await tx.legalBasisRecord.updateMany({
      where: { contactId: p.contactId, purposeId: idOf.get(p.row.draft!.basis!.purpose), until: null },
      data: { until: now },
    });
  }
  await tx.legalBasisRecord.createMany({
    data: withBasis.map((p) => ({
      id: uuidv7(),
      contactId: p.contactId,
      purposeId: idOf.get(p.row.draft!.basis!.purpose)!,
      basis: p.row.draft!.basis!.basis,
      balancingNote: p.row.draft!.basis!.balancingNote,
      since: now,
      recordedById: batch.createdById,
      importBatchId: batch.id,
    })),
  });
  return withBasis.length;
}
