import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/features/contacts/rules/keyset-cursor";

const id = "01890a5d-ac96-774b-bcce-b302099a8057";

describe("keyset cursors", () => {
  it("round-trip the sort value and id", () => {
    expect(decodeCursor(encodeCursor({ value: "de Vries", id }), "lastName")).toEqual({ value: "de Vries", id });
    const at = "2026-05-01T12:00:00.000Z";
    expect(decodeCursor(encodeCursor({ value: at, id }), "createdAt")).toEqual({ value: at, id });
  });

  it("turn anything tampered into null (the first page)", () => {
    expect(decodeCursor("garbage!!", "lastName")).toBeNull();
    expect(decodeCursor(encodeCursor({ value: "x", id: "not-a-uuid" }), "lastName")).toBeNull();
    expect(decodeCursor(encodeCursor({ value: "not a date", id }), "createdAt")).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"), "lastName")).toBeNull();
  });
});
