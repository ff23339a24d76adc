import { suppressionEntryHashOfNormalised } from "@/server/suppression-key";
import type { SourceType } from "@/domain/vocabulary";
import type { Tx } from "@/server/db";
import { checkConsent, type ConsentPlan } from "@/features/consents";
import type { PurposeWithNotices } from "@/features/purposes";
import { checkLegalBasis } from "@/features/consents";
import type { PreparedRow } from "./prepare-rows";
import { uuidv7 } from "./ids";

export type ExistingContact = {
  id: string;
  sourceType: SourceType;
  firstName: string;
  lastName: string;
  companyName: string | null;
  jobTitle: string | null;
  companyId: string | null;
  notes: string | null;
  importBatchId: string | null;
  emails: Set<string>;
  phones: Set<string>;
  hasAddress: boolean;
};

export type RowPlan =
  | { kind: "refused"; row: PreparedRow; issues: { field: string; code: string; message: string }[] }
  | { kind: "suppressed"; row: PreparedRow; field: string }
  | { kind: "create"; row: PreparedRow; contactId: string; consent: ConsentPlan | null; freshBasis: boolean }
  | { kind: "merge"; row: PreparedRow; contactId: string; into: "existing" | "file"; consent: ConsentPlan | null };

export type ChunkContext = {
  batchId: string;
  now: Date;
  /** Suppression-list entry of every identifier in the chunk (suppressionHashes). */
  hashes: Map<string, string>;
  purposes: (key: string, tx: Tx) => Promise<PurposeWithNotices | null>;
  /** Dry run only: keys seen in earlier chunks of this file (nothing was written for them). */
  seenInFile: Map<string, string> | null;
};

/**
 * Decides for every row of a chunk what happens to it, with set-based look-ups (one query for the
 * suppression list, one per kind of identifier), in this order:
 * 1. refused: the row's own problems;
 * 2. suppressed: an e-mail address or phone number of an erased person (AVG art. 17), unless the
 *    row carries a valid consent given after the erasure, a fresh basis (the same rule as adding a
 *    contact by hand);
 * 3. merged: a personal address or mobile number already on a contact, or earlier in the file;
 *    two different contacts matched is refused (the user must decide which person it is);
 * 4. created.
 * Consent and legal-basis columns go through the same checks as everywhere (validateConsentGrant,
 * checkLegalBasis); a row whose consent or basis is refused is refused as a whole.
 */
export async function classifyChunk(tx: Tx, rows: PreparedRow[], ctx: ChunkContext) {
  const hashes = ctx.hashes;
  const entries = hashes.size
    ? await tx.$queryRawUnsafe<{ hash: string; createdAt: Date }[]>(
        `SELECT s.hash, s."createdAt" FROM unnest($1::text[]) AS k(v) JOIN "SuppressionEntry" s ON s.hash = k.v`,
        [...new Set(hashes.values())],
      )
    : [];
  const erasedAt = new Map(entries.map((e) => [e.hash, new Date(e.createdAt)]));
  const existing = await loadMatches(tx, rows);
  const pending = new Map<string, string>(); // key -> contact id created earlier in this chunk
  const plans: RowPlan[] = [];

  for (const row of rows) {
    if (!row.draft) {
      plans.push({ kind: "refused", row, issues: row.problems });
      continue;
    }
    const erased = row.identifiers
      .map((i) => ({ field: i.field, at: erasedAt.get(hashes.get(i.value) ?? "") }))
      .filter((e): e is { field: typeof e.field; at: Date } => e.at !== undefined);

    const matched = new Set<string>();
    let into: "existing" | "file" = "existing";
    for (const key of row.keys) {
      const hit = existing.byKey.get(key);
      if (hit) matched.add(hit);
      const local = pending.get(key) ?? ctx.seenInFile?.get(key);
      if (local) {
        matched.add(local);
        into = "file";
      }
    }
    if (matched.size > 1) {
      plans.push(refuse(row, "email", "ambiguous_match", "This row matches more than one contact; split or fix it."));
      continue;
    }
    const targetId = [...matched][0] ?? null;
    const target = targetId ? existing.contacts.get(targetId) : undefined;
    if (target?.importBatchId === ctx.batchId) into = "file";
    const sourceType = target?.sourceType ?? row.draft.source.type;

    const published = row.draft.source.publishedForPurpose;
    if (published && !(await ctx.purposes(published, tx))) {
      plans.push(refuse(row, "publishedForPurpose", "unknown_purpose", "There is no purpose with this key."));
      continue;
    }
    const consent = await checkRowConsent(tx, row, sourceType, ctx);
    if (consent.issues.length) {
      plans.push({ kind: "refused", row, issues: consent.issues });
      continue;
    }
    const basisIssues = await checkRowBasis(tx, row, consent.plan, ctx);
    if (basisIssues.length) {
      plans.push({ kind: "refused", row, issues: basisIssues });
      continue;
    }
    const latestErasure = Math.max(0, ...erased.map((e) => e.at.getTime()));
    const freshBasis = erased.length > 0 && consent.plan !== null && row.consent!.capturedAt.getTime() > latestErasure;
    if (erased.length > 0 && !freshBasis) {
      plans.push({ kind: "suppressed", row, field: erased[0].field });
      continue;
    }
    if (targetId) {
      plans.push({ kind: "merge", row, contactId: targetId, into, consent: consent.plan });
      for (const key of row.keys) if (!existing.byKey.has(key)) pending.set(key, targetId);
      continue;
    }
    const contactId = uuidv7(ctx.now.getTime());
    for (const key of row.keys) pending.set(key, contactId);
    plans.push({ kind: "create", row, contactId, consent: consent.plan, freshBasis });
  }
  if (ctx.seenInFile) for (const [k, v] of pending) ctx.seenInFile.set(k, v);
  return { plans, existing: existing.contacts };
}

/**
 * The suppression-list entries to look up for a chunk's rows. Pure computation, done while the
 * previous chunk is being written; the identifiers are already normalised by prepareRow.
 */
export function suppressionHashes(rows: PreparedRow[], salt: string) {
  const hashes = new Map<string, string>();
  for (const r of rows)
    for (const id of r.identifiers)
      if (!hashes.has(id.value)) hashes.set(id.value, suppressionEntryHashOfNormalised(id.value, salt));
  return hashes;
}

const refuse = (row: PreparedRow, field: string, code: string, message: string): RowPlan => ({
  kind: "refused",
  row,
  issues: [{ field, code, message }],
});

async function checkRowConsent(tx: Tx, row: PreparedRow, sourceType: SourceType, ctx: ChunkContext) {
  if (!row.consent) return { plan: null, issues: [] };
  const purpose = await ctx.purposes(row.consent.purpose, tx);
  if (!purpose)
    return {
      plan: null,
      issues: [{ field: "consentPurpose", code: "unknown_purpose", message: "There is no purpose with this key." }],
    };
  const checked = checkConsent(purpose, sourceType, row.consent, ctx.now);
  return {
    plan: checked.problems.length ? null : checked.plan,
    issues: checked.problems.map((p) => ({
      field: consentColumn(p.field),
      code: p.code ?? "refused",
      message: p.message,
    })),
  };
}

/** The consent rules name evidence fields; the file names its columns. */
function consentColumn(field: string): string {
  if (field.startsWith("evidence.location")) return "consentLocation";
  if (field.startsWith("evidence.statement")) return "consentStatement";
  if (field.startsWith("evidence.noticeVersion")) return "consentNoticeVersion";
  if (field === "capturedAt") return "consentCapturedAt";
  if (field === "method" || field.startsWith("evidence")) return "consentMethod";
  return "consentPurpose";
}

async function checkRowBasis(tx: Tx, row: PreparedRow, consent: ConsentPlan | null, ctx: ChunkContext) {
  const basis = row.draft?.basis;
  if (!basis) return [];
  const purpose = await ctx.purposes(basis.purpose, tx);
  if (!purpose)
    return [{ field: "basisPurpose", code: "unknown_purpose", message: "There is no purpose with this key." }];
  return checkLegalBasis({
    basis: basis.basis,
    balancingNote: basis.balancingNote,
    since: ctx.now,
    purposeIsDirectMarketing: purpose.directMarketing,
    // Consent as a basis needs the consent itself; in an import that is the row's own consent.
    hasCountingConsent: consent?.purposeKey === purpose.key,
    now: ctx.now,
  }).map((p) => ({ field: p.field === "balancingNote" ? "balancingNote" : "basis", code: p.code, message: p.message }));
}

/** Contacts that hold any of the chunk's keys, with what a merge needs to know about them. */
async function loadMatches(tx: Tx, rows: PreparedRow[]) {
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const r of rows) for (const k of r.keys) (k.startsWith("e:") ? emails : phones).add(k.slice(2));
  // One after the other: a transaction is one connection (and PGlite has only one session).
  // One index look-up per key (a LATERAL sub-query; OFFSET 0 keeps the planner from turning it
  // back into a join). Asked as `= ANY(array)`, or as a join with unnest(), the planner judged a
  // few thousand look-ups dearer than reading the whole table once it held a few hundred thousand
  // rows, and read it whole for every chunk: a million-row import took 478 s instead of 142 s.
  const emailHits = emails.size
    ? await tx.$queryRawUnsafe<{ normalised: string; contactId: string }[]>(
        `SELECT e.normalised, e."contactId" FROM unnest($1::text[]) AS k(v) CROSS JOIN LATERAL (
           SELECT x.normalised, x."contactId" FROM "EmailAddress" x
           WHERE x.normalised = k.v AND x.kind = 'personal' OFFSET 0) e`,
        [...emails],
      )
    : [];
  const phoneHits = phones.size
    ? await tx.$queryRawUnsafe<{ e164: string; contactId: string }[]>(
        `SELECT p.e164, p."contactId" FROM unnest($1::text[]) AS k(v) CROSS JOIN LATERAL (
           SELECT x.e164, x."contactId" FROM "PhoneNumber" x
           WHERE x.e164 = k.v AND x.kind = 'mobile' OFFSET 0) p`,
        [...phones],
      )
    : [];
  const byKey = new Map<string, string>();
  for (const h of emailHits) byKey.set(`e:${h.normalised}`, h.contactId);
  for (const h of phoneHits) byKey.set(`p:${h.e164}`, h.contactId);
  const ids = [...new Set(byKey.values())];
  const found = ids.length
    ? await tx.contact.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          sourceType: true,
          firstName: true,
          lastName: true,
          company: { select: { name: true } },
          jobTitle: true,
          companyId: true,
          notes: true,
          importBatchId: true,
          emails: { select: { normalised: true } },
          phones: { select: { e164: true } },
          _count: { select: { postalAddresses: true } },
        },
      })
    : [];
  const contacts = new Map<string, ExistingContact>(
    found.map((c) => [
      c.id,
      {
        id: c.id,
        sourceType: c.sourceType,
        firstName: c.firstName,
        lastName: c.lastName,
        companyName: c.company?.name ?? null,
        jobTitle: c.jobTitle,
        companyId: c.companyId,
        notes: c.notes,
        importBatchId: c.importBatchId,
        emails: new Set(c.emails.map((e) => e.normalised)),
        phones: new Set(c.phones.map((p) => p.e164)),
        hasAddress: c._count.postalAddresses > 0,
      },
    ]),
  );
  return { byKey, contacts };
}
