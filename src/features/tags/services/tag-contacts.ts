import type { z } from "zod";
import { actorUserId, type AuditContext } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { parseInput } from "@/server/validation/parse-input";
import { ZTagContactsInput, ZUntagContactsInput, type TTagContactsInput, type TUntagContactsInput } from "../schemas";
import { findTagByName, isTagNameTaken, mustFindTag } from "./tag-name";

type TTagContactsParsed = z.output<typeof ZTagContactsInput>;

/**
 * Puts a tag on up to one page of contacts, in one transaction with one audit event. A tag given
 * by name is reused when it exists (any case), otherwise made. Contacts that no longer exist are
 * skipped; the audit holds counts only, never who (a tag on a list of names would be a list).
 */
export async function tagContacts(db: Db, ctx: AuditContext, raw: TTagContactsInput) {
  const input = parseInput(ZTagContactsInput, raw);
  try {
    return await tagContactsOnce(db, ctx, input);
  } catch (error) {
    // Another request made the same new tag (in any case) at once and committed first. Now it
    // exists, so this request reuses it, as if the two had come one after the other.
    if (input.tagName && isTagNameTaken(error)) return tagContactsOnce(db, ctx, input);
    throw error;
  }
}

async function tagContactsOnce(db: Db, ctx: AuditContext, input: TTagContactsParsed) {
  const ids = [...new Set(input.contactIds)];
  return db.$transaction(async (tx) => {
    let tag = input.tagId ? await mustFindTag(tx, input.tagId) : await findTagByName(tx, input.tagName!);
    let created = false;
    if (!tag) {
      tag = await tx.tag.create({
        data: { name: input.tagName!, colour: input.colour ?? null },
        select: { id: true, name: true },
      });
      created = true;
    }
    const existing = await tx.contact.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const { count: added } = await tx.contactTag.createMany({
      data: existing.map((c) => ({ contactId: c.id, tagId: tag.id, addedById: actorUserId(ctx) })),
      skipDuplicates: true,
    });
    const already = existing.length - added;
    await writeAuditEvent(tx, ctx, {
      action: "contacts.tagged",
      target: { type: "tag", id: tag.id },
      metadata: { added, already, tagCreated: created },
    });
    return { tagId: tag.id, tagName: tag.name, added, already, created };
  });
}

/** Takes a tag off up to one page of contacts; one audit event with the count. */
export async function untagContacts(db: Db, ctx: AuditContext, raw: TUntagContactsInput) {
  const input = parseInput(ZUntagContactsInput, raw);
  return db.$transaction(async (tx) => {
    const tag = await mustFindTag(tx, input.tagId);
    const { count: removed } = await tx.contactTag.deleteMany({
      where: { tagId: tag.id, contactId: { in: [...new Set(input.contactIds)] } },
    });
    await writeAuditEvent(tx, ctx, {
      action: "contacts.untagged",
      target: { type: "tag", id: tag.id },
      metadata: { removed },
    });
    return { tagId: tag.id, removed };
  });
}
