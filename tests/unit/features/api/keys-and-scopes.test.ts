import { describe, expect, it } from "vitest";
import { API_SCOPE_KEYS, hasScope, parseScopeList } from "@/domain/access/api-scopes";
import { displayPrefix, generateApiKey, hashSecret, parseApiKey } from "@/features/api-keys/key-format";

describe("API scopes", () => {
  it("has one scope per permission of the role matrix that the API exposes", () => {
    expect(API_SCOPE_KEYS).toEqual([
      "contacts:read",
      "contacts:write",
      "consents:write",
      "objections:write",
      "notices:write",
      "relationships:write",
      "restrictions:manage",
      "eligibility:read",
      "requests:register",
      "requests:manage",
      "purposes:write",
      "campaigns:returned-mail",
    ]);
  });

  it("reads a comma-separated list or all, and names unknown words", () => {
    expect(parseScopeList("all").scopes).toEqual(API_SCOPE_KEYS);
    expect(parseScopeList(" contacts:read, consents:write ,contacts:read")).toEqual({
      scopes: ["contacts:read", "consents:write"],
      unknown: [],
    });
    expect(parseScopeList("contacts:read,contacts:delete,all")).toEqual({
      scopes: ["contacts:read"],
      unknown: ["contacts:delete", "all"],
    });
    expect(parseScopeList("")).toEqual({ scopes: [], unknown: [] });
  });

  it("checks a scope exactly (no prefix matching)", () => {
    expect(hasScope(["contacts:read"], "contacts:read")).toBe(true);
    expect(hasScope(["contacts:read"], "contacts:write")).toBe(false);
  });
});

describe("API key format", () => {
  it("round-trips: the token parses back to its prefix, and only its secret hashes to the stored hash", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.token).toMatch(/^grd_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const parsed = parseApiKey(a.token)!;
    expect(parsed.prefix).toBe(a.prefix);
    expect(a.hash).toBe(hashSecret(parsed.secret));
    expect(hashSecret(parseApiKey(b.token)!.secret)).not.toBe(a.hash);
    expect(a.hash).not.toContain(parsed.secret);
  });

  it("refuses malformed tokens without throwing", () => {
    for (const t of [
      "",
      "grd_",
      "grd_zzzzzzzzzzzz_" + "a".repeat(43),
      "grd_0123456789ab_short",
      "Bearer grd_0123456789ab_" + "a".repeat(43),
    ]) {
      expect(parseApiKey(t)).toBeNull();
    }
  });

  it("shows only the prefix in lists", () => {
    expect(displayPrefix("0123456789ab")).toBe("grd_0123456789ab_…");
  });
});
