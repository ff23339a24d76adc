/**
 * Keyset cursors: the sort value and id of the row a page ends at, as opaque base64url JSON.
 * A cursor that does not decode (tampered, or from another sort) yields null: the first page.
 */
export type Cursor = { value: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), "utf8").toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(raw: string, column: "lastName" | "createdAt"): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed;
    if (typeof value !== "string" || typeof id !== "string" || !UUID.test(id)) return null;
    if (column === "createdAt" && Number.isNaN(Date.parse(value))) return null;
    return { value, id };
  } catch {
    return null;
  }
}
