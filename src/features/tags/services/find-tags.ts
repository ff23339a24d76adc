import type { Db } from "@/server/db";

export type TagOption = { id: string; name: string; colour: string | null };

/** Every tag with how many contacts carry it, by name. Tags are few (a planning aid, not data). */
export async function findTags(db: Db) {
  const tags = await db.tag.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, colour: true, _count: { select: { contacts: true } } },
  });
  return tags.map((t) => ({ id: t.id, name: t.name, colour: t.colour, count: t._count.contacts }));
}

export async function tagOptions(db: Db): Promise<TagOption[]> {
  return db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, colour: true } });
}

/** The tags of the given contacts (one page of the list, or one contact), by contact id. */
export async function tagsOfContacts(db: Db, contactIds: string[]): Promise<Map<string, TagOption[]>> {
  const rows = await db.contactTag.findMany({
    where: { contactId: { in: contactIds } },
    select: { contactId: true, tag: { select: { id: true, name: true, colour: true } } },
    orderBy: { tag: { name: "asc" } },
  });
  const out = new Map<string, TagOption[]>();
  for (const r of rows) out.set(r.contactId, [...(out.get(r.contactId) ?? []), r.tag]);
  return out;
}
