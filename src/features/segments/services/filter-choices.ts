import type { Db } from "@/server/db";
import { findActivePurposes } from "@/features/purposes";
import { tagOptions } from "@/features/tags";

type Option = { id: string; name: string };

/**
 * What the filter form offers to choose from: active purposes (for the consent filter) and the
 * imports that brought contacts in, newest first (a file name and its day, never its content), and the tags.
 */
export async function filterChoices(
  db: Db,
  lang: "nl" | "en",
): Promise<{ purposes: Option[]; imports: Option[]; tags: Option[] }> {
  const purposes = (await findActivePurposes(db)).map((p) => ({ id: p.id, name: lang === "en" ? p.nameEn : p.nameNl }));
  const batches = await db.importBatch.findMany({
    where: { status: "done" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, fileName: true, createdAt: true },
  });
  const imports = batches.map((b) => ({
    id: b.id,
    name: `${b.fileName || b.id.slice(0, 8)} (${b.createdAt.toISOString().slice(0, 10)})`,
  }));
  const tags = (await tagOptions(db)).map((t) => ({ id: t.id, name: t.name }));
  return { purposes, imports, tags };
}
