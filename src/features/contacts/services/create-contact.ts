import { actorUserId } from "@/server/audit/actor";
import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { insertConsent, planConsents } from "@/features/consents";
import { ZCreateContactInput, type TCreateContactInput, type TCreateContactParsed } from "../schemas";
import { checkContactDraft } from "../rules/check-contact-draft";
import { buildSearchName } from "../rules/search-text";
import { resolveCompany } from "./resolve-company";
import { findSuppressed } from "./check-suppression";
import { readSuppressionSalt } from "@/server/suppression-salt";
import { parseInput } from "@/server/validation/parse-input";

/**
 * Creates a contact with its provenance, contact points and any consents given at collection, in
 * one transaction with its audit entries: all or nothing.
 *
 * An e-mail address or phone number on the suppression list belongs to a person who was erased
 * (AVG art. 17): they may not come back unless this same request records a fresh basis, i.e. a
 * consent (docs/law/erasure.md). Otherwise: CONFLICT. The suppression entry stays; the outreach rules
 * see the newer consent.
 */
export async function createContact(db: Db, ctx: AuditContext, raw: TCreateContactInput, opts: { now?: Date } = {}) {
  const input = parseInput(ZCreateContactInput, raw);
  const now = opts.now ?? new Date();
  const draft = checkContactDraft({ ...input, source: input.source }, now);
  if (draft.problems.length > 0) {
    throw new AppError("INVALID_INPUT", draft.problems[0].message, {
      key: "common.errors.INVALID_INPUT",
      fields: draft.problems,
    });
  }
  return db.$transaction((tx) => insertContact(tx, ctx, input, draft, now));
}

export async function insertContact(
  tx: Tx,
  ctx: AuditContext,
  input: TCreateContactParsed,
  draft: ReturnType<typeof checkContactDraft>,
  now: Date,
) {
  const plans = await planConsents(tx, input.source.type, input.consents, now, (i) => `consents.${i}.`);
  const identifiers = identifiersOf(input);
  const suppressed = await findSuppressed(tx, identifiers, () => readSuppressionSalt(tx));
  if (suppressed.length > 0 && plans.length === 0) {
    const message =
      "This person was erased at their request. They can only be added again together with a fresh consent.";
    throw new AppError("CONFLICT", message, {
      key: "contacts.errors.suppressed",
      fields: suppressed.map((s) => ({
        field: s.field,
        message,
        key: "contacts.errors.suppressed",
        code: "suppressed",
      })),
    });
  }
  await assertNoDuplicatePersonalEmail(tx, draft.emails);
  const company = await resolveCompany(
    tx,
    ctx,
    input.companyId,
    input.company ? { ...input.company, kvkNumber: draft.kvkNumber } : null,
  );
  const contact = await tx.contact.create({
    data: {
      firstName: input.firstName,
      lastName: input.lastName,
      jobTitle: input.jobTitle,
      notes: input.notes,
      language: input.language ?? null,
      companyId: company?.id ?? null,
      sourceType: input.source.type,
      sourceDetail: input.source.detail,
      publishedForPurpose: input.source.publishedForPurpose,
      collectedAt: input.source.collectedAt ?? now,
      collectedById: actorUserId(ctx),
      searchName: buildSearchName(input.firstName, input.lastName, company?.name),
      emails: { create: draft.emails },
      phones: { create: draft.phones },
      postalAddresses: draft.postalAddress ? { create: draft.postalAddress } : undefined,
    },
    select: { id: true, firstName: true, lastName: true, companyId: true, sourceType: true },
  });
  await writeAuditEvent(tx, ctx, {
    action: "contact.created",
    target: { type: "contact", id: contact.id },
    metadata: {
      sourceType: contact.sourceType,
      companyId: contact.companyId,
      emails: draft.emails.length,
      phones: draft.phones.length,
      consents: plans.length,
      ...(suppressed.length > 0
        ? { suppressionEntryIds: suppressed.map((s) => s.entryId), freshBasis: "consent" }
        : {}),
    },
  });
  const consents = [];
  for (const plan of plans) consents.push(await insertConsent(tx, ctx, contact.id, plan));
  return { ...contact, consentIds: consents.map((c) => c.id) };
}

export function identifiersOf(input: { emails?: { address: string }[]; phones?: { number: string }[] }) {
  return [
    ...(input.emails ?? []).map((e, i) => ({ field: `emails.${i}.address`, value: e.address })),
    ...(input.phones ?? []).map((p, i) => ({ field: `phones.${i}.number`, value: p.number })),
  ];
}

/**
 * One person, one contact: a personal address already on another contact means this is a
 * duplicate, and two records would split the person's consents and objections between them.
 * Generic and designated addresses (info@, acquisitie@) are shared by colleagues, so they may repeat.
 */
export async function assertNoDuplicatePersonalEmail(
  tx: Tx,
  emails: { normalised: string; kind: string }[],
  exceptContactId?: string,
) {
  const personal = emails.filter((e) => e.kind === "personal").map((e) => e.normalised);
  if (personal.length === 0) return;
  const clash = await tx.emailAddress.findFirst({
    where: {
      normalised: { in: personal },
      kind: "personal",
      ...(exceptContactId ? { contactId: { not: exceptContactId } } : {}),
    },
    select: { normalised: true },
  });
  if (!clash) return;
  const message = "Another contact already has this personal e-mail address; open that contact instead.";
  const index = emails.findIndex((e) => e.normalised === clash.normalised);
  throw new AppError("CONFLICT", message, {
    key: "contacts.errors.duplicateEmail",
    fields: [{ field: `emails.${index}.address`, message, key: "contacts.errors.duplicateEmail", code: "duplicate" }],
  });
}
