import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput } from "@/server/validation/parse-input";
import { ZDate } from "@/schemas/fields";

const schema = z.object({ name: z.string(), tags: z.array(z.string()).optional(), at: ZDate.optional() });

describe("parseInput", () => {
  it("refuses the NUL character anywhere in the input, naming the caller's field", () => {
    expect(() => parseInput(schema, { name: "Jan\u0000" })).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", fields: [expect.objectContaining({ field: "name" })] }),
    );
    expect(() => parseInput(schema, { name: "Jan", tags: ["a", "b\u0000"] })).toThrow(
      expect.objectContaining({
        fields: [expect.objectContaining({ field: "tags.1", key: "validation.nulCharacter" })],
      }),
    );
    expect(() => parseInput(schema, { name: "Jan", ["x\u0000"]: 1 })).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: "x\u0000" })] }),
    );
  });

  it("lets ordinary unicode through", () => {
    expect(parseInput(schema, { name: "Zoë 🌷 Ñandú" }).name).toBe("Zoë 🌷 Ñandú");
  });

  it("refuses moments outside the years 1900 to 9999 as a field error", () => {
    expect(() => parseInput(schema, { name: "Jan", at: new Date(-8.64e15) })).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: "at", key: "validation.dateRange" })] }),
    );
    expect(() => parseInput(schema, { name: "Jan", at: "1899-12-31T23:59:59Z" })).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: "at" })] }),
    );
    expect(parseInput(schema, { name: "Jan", at: "2026-11-30T10:00:00Z" }).at).toEqual(
      new Date("2026-11-30T10:00:00Z"),
    );
  });
});
