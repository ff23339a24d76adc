import { describe, expect, it } from "vitest";
import {
  buildSearchName,
  classifySearch,
  escapeLike,
  phonePrefix,
  toSearchText,
} from "@/features/contacts/rules/search-text";

describe("search text", () => {
  it("lower-cases, folds accents and collapses whitespace", () => {
    expect(toSearchText("  Anouk   MÜLLER ")).toBe("anouk muller");
    expect(toSearchText("Coöperatie Zuivel")).toBe("cooperatie zuivel");
    expect(toSearchText(null)).toBe("");
  });

  it("builds 'first last company', without a trailing space for a private person", () => {
    expect(buildSearchName("Jan", "de Vries", "Bakkerij Ëmmen BV")).toBe("jan de vries bakkerij emmen bv");
    expect(buildSearchName("Jan", "de Vries", null)).toBe("jan de vries");
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });
});

describe("classifySearch", () => {
  it("routes an @ to the e-mail index", () => {
    expect(classifySearch(" Jan@Bedrijf")).toEqual({ kind: "email", prefix: "jan@bedrijf" });
  });

  it("routes numbers to the E.164 index, Dutch local forms included", () => {
    expect(classifySearch("06 1234")).toEqual({ kind: "phone", prefix: "+3161234" });
    expect(classifySearch("020-123")).toEqual({ kind: "phone", prefix: "+3120123" });
    expect(classifySearch("0031 20 12")).toEqual({ kind: "phone", prefix: "+312012" });
    expect(classifySearch("+31 (0)20 12")).toEqual({ kind: "phone", prefix: "+312012" });
    expect(classifySearch("+49 30")).toEqual({ kind: "phone", prefix: "+4930" });
  });

  it("keeps short numbers and anything with letters a name search", () => {
    expect(phonePrefix("06")).toBeNull();
    expect(classifySearch("Jan 2")).toEqual({ kind: "name", prefix: "jan 2" });
    expect(classifySearch("Müller")).toEqual({ kind: "name", prefix: "muller" });
    expect(classifySearch("   ")).toBeNull();
  });
});
