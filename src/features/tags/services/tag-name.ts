import type { Tx } from "@/server/db/connect";
import { AppError } from "@/server/errors";

/** Names are told apart case-insensitively: "Beurs" and "beurs" side by side would confuse. */
export async function findTagByName(tx: Tx, name: string, exceptId: string | null = null) {
  return tx.tag.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, name: true },
  });
}

export async function assertTagNameFree(tx: Tx, name: string, exceptId: string | null, field = "name") {
  if (await findTagByName(tx, name, exceptId)) {
    const message = `A tag named "${name}" already exists.`;
    throw new AppError("CONFLICT", message, {
      key: "tags.errors.nameTaken",
      fields: [{ field, message, key: "tags.errors.nameTaken" }],
    });
  }
}

export async function mustFindTag(tx: Tx, id: string) {
  const tag = await tx.tag.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!tag) throw new AppError("NOT_FOUND", "This tag does not exist.", { key: "tags.errors.notFound" });
  return tag;
}
