import type { Tx } from "@/server/db";
import type { PreparedRow } from "./prepare-rows";
import { uuidv7 } from "./ids";
import { bulkInsert } from "./bulk-insert";

const nameKey = (name: string, legalForm: string) => `${name.toLowerCase()}|${legalForm}`;

/**
 * The companies of a chunk's rows, set-based and by the same rule as one contact at a time
 * (resolveCompany): by KvK number when given, else by exact name and legal form among companies
 * without a KvK number; missing ones are created in one insert.
 */
export async function resolveCompanies(tx: Tx, rows: PreparedRow[]) {
  const kvks = [...new Set(rows.map((r) => r.kvkNumber).filter((k): k is string => !!k))];
  const names = [...new Set(rows.filter((r) => !r.kvkNumber).map((r) => r.draft!.company!.name))];
  const byKvk = new Map<string, string>();
  const byName = new Map<string, string>();
  if (kvks.length)
    for (const c of await tx.company.findMany({
      where: { kvkNumber: { in: kvks } },
      select: { id: true, kvkNumber: true },
    }))
      byKvk.set(c.kvkNumber!, c.id);
  if (names.length)
    for (const c of await tx.company.findMany({
      where: { name: { in: names, mode: "insensitive" }, kvkNumber: null },
      select: { id: true, name: true, legalForm: true },
    }))
      byName.set(nameKey(c.name, c.legalForm), c.id);
  const toCreate: { id: string; name: string; legalForm: string; kvkNumber: string | null }[] = [];
  for (const r of rows) {
    const company = r.draft!.company!;
    const known = r.kvkNumber ? byKvk.get(r.kvkNumber) : byName.get(nameKey(company.name, company.legalForm));
    if (known) continue;
    const id = uuidv7();
    toCreate.push({ id, name: company.name, legalForm: company.legalForm, kvkNumber: r.kvkNumber });
    if (r.kvkNumber) byKvk.set(r.kvkNumber, id);
    else byName.set(nameKey(company.name, company.legalForm), id);
  }
  const now = new Date();
  await bulkInsert(
    tx,
    "Company",
    ["id", "name", "legalForm", "kvkNumber", "updatedAt"],
    toCreate.map((c) => ({ ...c, updatedAt: now })),
  );
  return {
    created: toCreate.length,
    idOf: (r: PreparedRow) =>
      r.kvkNumber ? byKvk.get(r.kvkNumber) : byName.get(nameKey(r.draft!.company!.name, r.draft!.company!.legalForm)),
  };
}
