import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { ZUpdateContactInput, type TUpdateContactInput, type TUpdateContactParsed } from "../schemas";
import { checkContactDraft } from "../rules/check-contact-draft";
import { buildSearchName } from "../rules/search-text";
import { resolveCompany } from "./resolve-company";
import { findSuppressed } from "./check-suppression";
import { readSuppressionSalt } from "@/server/suppression-salt";
import { lockContact } from "@/server/db/lock-contact";
import { assertNoDuplicatePersonalEmail } from "./create-contact";
import { parseInput } from "@/server/validation/parse-input";

/**
 * Rectification (AVG art. 16) and everyday edits. Provenance can be completed but not erased.
 * Adding an address or number of an erased person is refused here as on creation: that person
 * comes back only with a fresh consent, through "Log an opt-in" (AVG art. 17; docs/law/erasure.md).
 */
export async function updateContact(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TUpdateContactInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZUpdateContactInput, raw);
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const current = await tx.contact.findUniqueOrThrow({
      where: { id: contactId },
      include: { company: true, emails: true, phones: true },
    });
    const source = input.source
      ? {
          type: input.source.type ?? current.sourceType,
          detail: input.source.detail !== undefined ? input.source.detail : current.sourceDetail,
          publishedForPurpose:
            input.source.publishedForPurpose !== undefined
              ? input.source.publishedForPurpose
              : current.publishedForPurpose,
          collectedAt: input.source.collectedAt ?? current.collectedAt,
        }
      : undefined;
    const draft = checkContactDraft(
      {
        company: input.company,
        emails: input.emails,
        phones: input.phones,
        postalAddress: input.postalAddress,
        source,
      },
      now,
    );
    if (draft.problems.length > 0) {
      throw new AppError("INVALID_INPUT", draft.problems[0].message, {
        key: "common.errors.INVALID_INPUT",
        fields: draft.problems,
      });
    }
    const changed: string[] = [];
    const data: Record<string, unknown> = {};
    for (const k of ["firstName", "lastName", "jobTitle", "notes", "language"] as const) {
      if (input[k] !== undefined && input[k] !== current[k]) {
        data[k] = input[k];
        changed.push(k);
      }
    }
    let companyName = current.company?.name ?? null;
    if (input.companyId !== undefined || input.company !== undefined) {
      const company =
        input.companyId === null && input.company == null
          ? null
          : await resolveCompany(
              tx,
              ctx,
              input.companyId,
              input.company ? { ...input.company, kvkNumber: draft.kvkNumber } : null,
            );
      if ((company?.id ?? null) !== current.companyId) {
        data.companyId = company?.id ?? null;
        changed.push("company");
      }
      companyName = company?.name ?? null;
    }
    if (source) {
      Object.assign(data, {
        sourceType: source.type,
        sourceDetail: source.detail,
        publishedForPurpose: source.publishedForPurpose,
        collectedAt: source.collectedAt,
      });
      changed.push("source");
    }
    if (input.emails) changed.push(...(await replaceEmails(tx, contactId, input, draft.emails, current.emails)));
    if (input.phones) changed.push(...(await replacePhones(tx, contactId, draft.phones, current.phones)));
    if (input.postalAddress !== undefined) {
      await tx.postalAddress.deleteMany({ where: { contactId } });
      if (draft.postalAddress) await tx.postalAddress.create({ data: { contactId, ...draft.postalAddress } });
      changed.push("postalAddress");
    }
    const firstName = (data.firstName as string | undefined) ?? current.firstName;
    const lastName = (data.lastName as string | undefined) ?? current.lastName;
    data.searchName = buildSearchName(firstName, lastName, companyName);
    await tx.contact.update({ where: { id: contactId }, data });
    if (changed.length > 0) {
      await writeAuditEvent(tx, ctx, {
        action: "contact.updated",
        target: { type: "contact", id: contactId },
        metadata: { fields: [...new Set(changed)] },
      });
    }
    return { id: contactId, changed: [...new Set(changed)] };
  });
}

type EmailRow = { id: string; normalised: string; kind: string; designationWhere: string | null };
type NextEmails = ReturnType<typeof checkContactDraft>["emails"];

async function replaceEmails(
  tx: Tx,
  contactId: string,
  input: TUpdateContactParsed,
  next: NextEmails,
  current: EmailRow[],
) {
  const added = next.filter((e) => !current.some((c) => c.normalised === e.normalised));
  const fieldOf = (address: string) =>
    `emails.${Math.max(
      0,
      input.emails!.findIndex((x) => x.address.trim() === address),
    )}.address`;
  await refuseSuppressed(
    tx,
    added.map((e) => ({ field: fieldOf(e.address), value: e.normalised })),
  );
  await assertNoDuplicatePersonalEmail(tx, next, contactId);
  const removed = current.filter((c) => !next.some((e) => e.normalised === c.normalised));
  if (removed.length) await tx.emailAddress.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
  let edited = false;
  for (const e of next) {
    const existing = current.find((c) => c.normalised === e.normalised);
    if (!existing) await tx.emailAddress.create({ data: { contactId, ...e } });
    else if (existing.kind !== e.kind || existing.designationWhere !== e.designationWhere) {
      edited = true;
      await tx.emailAddress.update({
        where: { id: existing.id },
        data: {
          address: e.address,
          kind: e.kind,
          designationWhere: e.designationWhere,
          designationSeenAt: e.designationSeenAt,
        },
      });
    }
  }
  return added.length || removed.length || edited ? ["emails"] : [];
}

type NextPhones = ReturnType<typeof checkContactDraft>["phones"];

async function replacePhones(
  tx: Tx,
  contactId: string,
  next: NextPhones,
  current: { id: string; e164: string; kind: string }[],
) {
  const added = next.filter((p) => !current.some((c) => c.e164 === p.e164));
  await refuseSuppressed(
    tx,
    added.map((p) => ({ field: "phones", value: p.e164 })),
  );
  const removed = current.filter((c) => !next.some((p) => p.e164 === c.e164));
  if (removed.length) await tx.phoneNumber.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
  let edited = false;
  for (const p of next) {
    const existing = current.find((c) => c.e164 === p.e164);
    if (!existing) await tx.phoneNumber.create({ data: { contactId, ...p } });
    else if (existing.kind !== p.kind) {
      edited = true;
      await tx.phoneNumber.update({ where: { id: existing.id }, data: { kind: p.kind } });
    }
  }
  return added.length || removed.length || edited ? ["phones"] : [];
}

async function refuseSuppressed(tx: Tx, identifiers: { field: string; value: string }[]) {
  const hits = await findSuppressed(tx, identifiers, () => readSuppressionSalt(tx));
  if (hits.length === 0) return;
  const message =
    "This belongs to a person who was erased at their request; add them again only with a fresh consent (Log an opt-in).";
  throw new AppError("CONFLICT", message, {
    key: "contacts.errors.suppressed",
    fields: hits.map((h) => ({ field: h.field, message, key: "contacts.errors.suppressed" })),
  });
}
