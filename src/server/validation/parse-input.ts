import type { z } from "zod";
import { AppError } from "@/server/errors";

/**
 * Services validate their input themselves (the REST API and tests call them directly, not only
 * the server actions): a shape error becomes INVALID_INPUT naming each field, like a rule problem.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const nul = pathToNul(raw);
  if (nul !== null) {
    const field = nul || "_form";
    const message = "validation.nulCharacter";
    throw new AppError("INVALID_INPUT", `Invalid input: ${field}`, { fields: [{ field, message, key: message }] });
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "_form",
    // Messages written as keys ("validation.required") are translated by the UI.
    message: issue.message,
    key: /^[a-zA-Z]+\.[a-zA-Z0-9_.]+$/.test(issue.message) ? issue.message : undefined,
    code: issue.code,
  }));
  throw new AppError("INVALID_INPUT", `Invalid input: ${fields.map((f) => f.field).join(", ")}`, { fields });
}

/**
 * The path of the first text (or key) holding the NUL character, or null when there is none.
 * PostgreSQL cannot store U+0000 in text, so such a value would fail at the database instead of
 * being refused here with its field named; no legitimate name, address or statement contains it.
 */
function pathToNul(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object" || depth > 32) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes("\u0000")) return childPath;
    const found = pathToNul(child, childPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
