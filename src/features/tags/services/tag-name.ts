import type { Tx } from "@/server/db/connect";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { AppError } from "@/server/errors";

/**
 * The database's guarantee behind the check below: a unique index on lower(name), written by hand
 * in its migration. Two requests at once can both pass the check; the index refuses the second.
 */
const TAG_NAME_INDEX = "Tag_name_lower_key";

export const isTagNameTaken = (error: unknown) => isUniqueViolation(error, TAG_NAME_INDEX);

function nameTaken(name: string, field: string) {
  const message = `A tag named "${name}" already exists.`;
  return new AppError("CONFLICT", message, {
    key: "tags.errors.nameTaken",
    fields: [{ field, message, key: "tags.errors.nameTaken" }],
  });
}

/** Names are told apart case-insensitively: "Beurs" and "beurs" side by side would confuse. */
export async function findTagByName(tx: Tx, name: string, exceptId: string | null = null) {
  return tx.tag.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, name: true },
  });
}

export async function assertTagNameFree(tx: Tx, name: string, exceptId: string | null, field = "name") {
  if (await findTagByName(tx, name, exceptId)) throw nameTaken(name, field);
}

/** Runs a write that names a tag; a name the index refuses is reported as the check reports it. */
export async function withFreeTagName<T>(name: string, field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isTagNameTaken(error)) throw nameTaken(name, field);
    throw error;
  }
}

export async function mustFindTag(tx: Tx, id: string) {
  const tag = await tx.tag.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!tag) throw new AppError("NOT_FOUND", "This tag does not exist.", { key: "tags.errors.notFound" });
  return tag;
}
