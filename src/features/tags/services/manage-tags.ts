import type { AuditContext } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { parseInput } from "@/server/validation/parse-input";
import {
  ZRenameTagInput,
  ZSetTagColourInput,
  ZTagIdInput,
  type TRenameTagInput,
  type TSetTagColourInput,
  type TTagIdInput,
} from "../schemas";
import { assertTagNameFree, mustFindTag, withFreeTagName } from "./tag-name";

export async function renameTag(db: Db, ctx: AuditContext, raw: TRenameTagInput) {
  const input = parseInput(ZRenameTagInput, raw);
  return withFreeTagName(input.name, "name", () =>
    db.$transaction(async (tx) => {
      await mustFindTag(tx, input.tagId);
      await assertTagNameFree(tx, input.name, input.tagId);
      await tx.tag.update({ where: { id: input.tagId }, data: { name: input.name } });
      await writeAuditEvent(tx, ctx, { action: "tag.renamed", target: { type: "tag", id: input.tagId } });
      return { id: input.tagId };
    }),
  );
}

/** The colour of a tag's badges. The palette name is no personal data, so the audit keeps it. */
export async function setTagColour(db: Db, ctx: AuditContext, raw: TSetTagColourInput) {
  const input = parseInput(ZSetTagColourInput, raw);
  return db.$transaction(async (tx) => {
    await mustFindTag(tx, input.tagId);
    await tx.tag.update({ where: { id: input.tagId }, data: { colour: input.colour } });
    await writeAuditEvent(tx, ctx, {
      action: "tag.colour_changed",
      target: { type: "tag", id: input.tagId },
      metadata: { colour: input.colour },
    });
    return { id: input.tagId };
  });
}

/** Deleting a tag takes it off every contact that carried it (they stay); the audit says how many. */
export async function deleteTag(db: Db, ctx: AuditContext, raw: TTagIdInput) {
  const input = parseInput(ZTagIdInput, raw);
  return db.$transaction(async (tx) => {
    await mustFindTag(tx, input.tagId);
    const { count: removed } = await tx.contactTag.deleteMany({ where: { tagId: input.tagId } });
    await tx.tag.delete({ where: { id: input.tagId } });
    await writeAuditEvent(tx, ctx, {
      action: "tag.deleted",
      target: { type: "tag", id: input.tagId },
      metadata: { removedFromContacts: removed },
    });
    return { removed };
  });
}
