import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  ZRenameTagInput,
  ZSetTagColourInput,
  ZTagContactsInput,
  ZUntagContactsInput,
  MAX_BULK_CONTACTS,
} from "@/features/tags/schemas";
import { ZAudienceFilter } from "@/features/outreach";

const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];

describe("tag schemas", () => {
  it("takes one page of contacts at most, and at least one", () => {
    expect(ZTagContactsInput.safeParse({ contactIds: ids(MAX_BULK_CONTACTS), tagName: "Beurs" }).success).toBe(true);
    expect(issuesOf(ZTagContactsInput.safeParse({ contactIds: ids(101), tagName: "Beurs" }))).toEqual([
      { path: "contactIds", message: "tags.errors.tooMany" },
    ]);
    expect(issuesOf(ZUntagContactsInput.safeParse({ contactIds: [], tagId: randomUUID() }))).toEqual([
      { path: "contactIds", message: "tags.errors.noneSelected" },
    ]);
  });

  it("wants exactly one of an existing tag or a new name, and trims the name", () => {
    const contactIds = ids(1);
    expect(issuesOf(ZTagContactsInput.safeParse({ contactIds }))).toEqual([
      { path: "tagName", message: "tags.errors.chooseTag" },
    ]);
    expect(ZTagContactsInput.safeParse({ contactIds, tagId: randomUUID(), tagName: "x" }).success).toBe(false);
    expect(ZTagContactsInput.parse({ contactIds, tagName: "  Bellen Q3 " }).tagName).toBe("Bellen Q3");
  });

  it("refuses an empty or overlong name and a colour outside the palette", () => {
    const tagId = randomUUID();
    expect(issuesOf(ZRenameTagInput.safeParse({ tagId, name: "   " }))).toEqual([
      { path: "name", message: "validation.required" },
    ]);
    expect(issuesOf(ZRenameTagInput.safeParse({ tagId, name: "x".repeat(61) }))).toEqual([
      { path: "name", message: "validation.tooLong" },
    ]);
    expect(ZSetTagColourInput.safeParse({ tagId, colour: "pink" }).success).toBe(false);
    expect(ZSetTagColourInput.safeParse({ tagId, colour: "green" }).success).toBe(true);
  });

  it("lets an audience filter on tag ids (uuids only)", () => {
    const tagId = randomUUID();
    expect(ZAudienceFilter.parse({ tagIds: [tagId] })).toEqual({ tagIds: [tagId] });
    expect(ZAudienceFilter.safeParse({ tagIds: ["beurs"] }).success).toBe(false);
  });
});
