/**
 * Tags on a real database: tagging and untagging a selection in one transaction with one audit
 * event holding counts (never names); a tag by name reuses an existing one in any case; a rename to
 * a taken name is refused at its field; at most one page (100) of contacts per action; the tag
 * filter in the audience and in the contacts list; deleting a tag; erasure takes the tags along.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { countAudience } from "@/features/outreach";
import { findContacts } from "@/features/contacts";
import { eraseContacts } from "@/features/requests/services/erase-contacts";
import { tagContacts, untagContacts } from "@/features/tags/services/tag-contacts";
import { deleteTag, renameTag, setTagColour } from "@/features/tags/services/manage-tags";
import { findTags, tagsOfContacts } from "@/features/tags/services/find-tags";
import { createContact, uniq } from "../../factories/contacts";
import { createStaffUser, userContext } from "../../factories/users";

let db: Db;
let ctx: AuditContext;

beforeAll(async () => {
  db = await getDb();
  const marketer = await createStaffUser(db, "marketer");
  ctx = userContext(marketer.id, "marketer");
});

const auditOf = (tagId: string) =>
  db.auditEvent.findMany({
    where: { targetType: "tag", targetId: tagId },
    orderBy: { seq: "asc" },
    select: { action: true, metadata: true },
  });

describe("tagging contacts", () => {
  it("tags a selection once, counts who already had it, and untags; one audit event each, counts only", async () => {
    const [a, b, c] = [await createContact(db), await createContact(db), await createContact(db)];
    const name = `Beurs ${uniq()}`;
    const first = await tagContacts(db, ctx, { contactIds: [a.id, b.id], tagName: name });
    expect(first).toMatchObject({ added: 2, already: 0, created: true, tagName: name });
    // The same name in another case is the same tag.
    const second = await tagContacts(db, ctx, { contactIds: [b.id, c.id], tagName: name.toUpperCase() });
    expect(second).toMatchObject({ tagId: first.tagId, added: 1, already: 1, created: false });
    const tags = await tagsOfContacts(db, [a.id, b.id, c.id]);
    expect([a, b, c].map((x) => tags.get(x.id)?.map((t) => t.name))).toEqual([[name], [name], [name]]);

    const removed = await untagContacts(db, ctx, { contactIds: [a.id, b.id], tagId: first.tagId });
    expect(removed.removed).toBe(2);
    expect(await db.contactTag.count({ where: { tagId: first.tagId } })).toBe(1);

    const audit = await auditOf(first.tagId);
    expect(audit.map((e) => e.action)).toEqual(["contacts.tagged", "contacts.tagged", "contacts.untagged"]);
    expect(audit.map((e) => e.metadata)).toEqual([
      { added: 2, already: 0, tagCreated: true },
      { added: 1, already: 1, tagCreated: false },
      { removed: 2 },
    ]);
    // No contact id or name in the trail.
    expect(JSON.stringify(audit)).not.toContain(a.id);
  });

  it("refuses more than one page (100 contacts) and an empty selection, naming the field", async () => {
    const ids = Array.from({ length: 101 }, () => randomUUID());
    await expect(tagContacts(db, ctx, { contactIds: ids, tagName: `Te veel ${uniq()}` })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: [expect.objectContaining({ field: "contactIds", key: "tags.errors.tooMany" })],
    });
    await expect(tagContacts(db, ctx, { contactIds: [], tagName: "x" })).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: "contactIds", key: "tags.errors.noneSelected" })],
    });
    await expect(
      tagContacts(db, ctx, { contactIds: ids.slice(0, 100), tagName: `Precies ${uniq()}` }),
    ).resolves.toMatchObject({
      added: 0,
      already: 0,
    });
  });

  it("refuses a rename to a name taken in any case, at the name field, and changes nothing", async () => {
    const contact = await createContact(db);
    const one = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Eén ${uniq()}` });
    const other = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Twee ${uniq()}` });
    await expect(renameTag(db, ctx, { tagId: one.tagId, name: other.tagName.toLowerCase() })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: [expect.objectContaining({ field: "name", key: "tags.errors.nameTaken" })],
    });
    expect((await db.tag.findUniqueOrThrow({ where: { id: one.tagId } })).name).toBe(one.tagName);
    expect((await auditOf(one.tagId)).map((e) => e.action)).toEqual(["contacts.tagged"]);
  });

  it("sets a tag's colour from the palette, audited with the colour, and refuses one outside it", async () => {
    const contact = await createContact(db);
    const { tagId } = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Kleur ${uniq()}` });
    await setTagColour(db, ctx, { tagId, colour: "amber" });
    expect((await tagsOfContacts(db, [contact.id])).get(contact.id)).toEqual([
      expect.objectContaining({ id: tagId, colour: "amber" }),
    ]);
    expect((await auditOf(tagId)).at(-1)).toEqual({ action: "tag.colour_changed", metadata: { colour: "amber" } });
    await expect(setTagColour(db, ctx, { tagId, colour: "pink" as never })).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: "colour" })],
    });
    expect((await db.tag.findUniqueOrThrow({ where: { id: tagId } })).colour).toBe("amber");
  });

  it("refuses, in the database itself, a second tag whose name differs only in case", async () => {
    const name = `Index ${uniq()}`;
    await db.tag.create({ data: { name } });
    await expect(db.tag.create({ data: { name: name.toUpperCase() } })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.tag.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("two renames at once to names differing only in case: one succeeds, the other is refused at the name field", async () => {
    const contact = await createContact(db);
    const a = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Links ${uniq()}` });
    const b = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Rechts ${uniq()}` });
    const name = `Samen ${uniq()}`;
    const results = await Promise.allSettled([
      renameTag(db, ctx, { tagId: a.tagId, name }),
      renameTag(db, ctx, { tagId: b.tagId, name: name.toLowerCase() }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused.reason).toMatchObject({
      code: "CONFLICT",
      fields: [expect.objectContaining({ field: "name", key: "tags.errors.nameTaken" })],
    });
    expect(await db.tag.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("two taggings at once with a new name differing only in case make one tag, which both reuse", async () => {
    const [a, b] = [await createContact(db), await createContact(db)];
    const name = `Gelijktijdig ${uniq()}`;
    const [first, second] = await Promise.all([
      tagContacts(db, ctx, { contactIds: [a.id], tagName: name }),
      tagContacts(db, ctx, { contactIds: [b.id], tagName: name.toLowerCase() }),
    ]);
    expect(first.tagId).toBe(second.tagId);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(await db.contactTag.count({ where: { tagId: first.tagId } })).toBe(2);
  });

  it("deletes a tag, taking it off its contacts (who stay), audited with the count", async () => {
    const [a, b] = [await createContact(db), await createContact(db)];
    const { tagId } = await tagContacts(db, ctx, { contactIds: [a.id, b.id], tagName: `Weg ${uniq()}` });
    expect((await findTags(db)).find((t) => t.id === tagId)?.count).toBe(2);
    expect(await deleteTag(db, ctx, { tagId })).toEqual({ removed: 2 });
    expect(await db.tag.findUnique({ where: { id: tagId } })).toBeNull();
    expect(await db.contact.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
    const audit = await auditOf(tagId);
    expect(audit.at(-1)).toEqual({ action: "tag.deleted", metadata: { removedFromContacts: 2 } });
  });
});

describe("the tag filter", () => {
  it("narrows an audience and the contacts list to contacts with any of the tags", async () => {
    const [a, b, c] = [await createContact(db), await createContact(db), await createContact(db)];
    const t1 = await tagContacts(db, ctx, { contactIds: [a.id], tagName: `Filter A ${uniq()}` });
    const t2 = await tagContacts(db, ctx, { contactIds: [b.id], tagName: `Filter B ${uniq()}` });
    expect(await countAudience(db, { tagIds: [t1.tagId] })).toBe(1);
    expect(await countAudience(db, { tagIds: [t1.tagId, t2.tagId] })).toBe(2);
    const page = await findContacts(db, { tagId: t2.tagId });
    expect(page.rows.map((r) => r.id)).toEqual([b.id]);
    expect(page.rows.map((r) => r.id)).not.toContain(c.id);
  });
});

describe("erasure", () => {
  it("removes the contact's tags with the contact, and leaves the tag for the others", async () => {
    const [gone, stays] = [await createContact(db), await createContact(db)];
    const { tagId } = await tagContacts(db, ctx, { contactIds: [gone.id, stays.id], tagName: `Erase ${uniq()}` });
    const { counts } = await db.$transaction((tx) => eraseContacts(tx, [gone.id]));
    expect(counts.ContactTag).toBe(1);
    expect(await db.contactTag.findMany({ where: { tagId }, select: { contactId: true } })).toEqual([
      { contactId: stays.id },
    ]);
  });
});
