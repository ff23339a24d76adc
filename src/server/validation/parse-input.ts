import type { z } from "zod";
import { AppError } from "@/server/errors";

/**
 * Services validate their input themselves (the REST API and tests call them directly, not only
 * the server actions): a shape error becomes INVALID_INPUT naming each field, like a rule problem.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
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
