import { z } from "zod";

/**
 * A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), with zod 4's own converter.
 * Requests are described as clients send them (`io: "input"`: defaults make fields optional),
 * responses as they come back. Dates are ISO 8601 strings on the wire.
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override(ctx) {
      const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
      }
    },
  });
  void _;
  return json;
}
