import { describe, expect, it } from "vitest";
import {
  cleanText,
  normaliseConsentMethod,
  normaliseLegalBasis,
  normaliseLegalForm,
  normaliseSourceType,
  parseImportDate,
  splitFullName,
} from "@/domain/imports";

describe("value normalisation", () => {
  it("cleans text", () => {
    expect(cleanText("  Jan \t de  Vries ")).toBe("Jan de Vries");
    expect(cleanText("   ")).toBeNull();
    expect(cleanText(undefined)).toBeNull();
  });

  it("reads legal forms as written", () => {
    expect(normaliseLegalForm("B.V.")).toBe("bv");
    expect(normaliseLegalForm("N.V.")).toBe("nv");
    expect(normaliseLegalForm("Coöperatie")).toBe("cooperatie");
    expect(normaliseLegalForm("V.O.F.")).toBe("vof");
    expect(normaliseLegalForm("Besloten vennootschap")).toBe("bv");
    expect(normaliseLegalForm("plc")).toBeNull();
  });

  it("reads sources, methods and bases in Dutch and English", () => {
    expect(normaliseSourceType("Gekochte lijst")).toBe("purchased_list");
    expect(normaliseSourceType("purchased_list")).toBe("purchased_list");
    expect(normaliseSourceType("Beurs")).toBe("event");
    expect(normaliseConsentMethod("Visitekaartje")).toBe("business_card");
    expect(normaliseConsentMethod("web_form")).toBe("web_form");
    expect(normaliseConsentMethod("staff_recorded")).toBeNull();
    expect(normaliseLegalBasis("Gerechtvaardigd belang")).toBe("legitimate_interest");
    expect(normaliseLegalBasis("consent")).toBe("consent");
  });

  it("parses ISO and Dutch day-first dates", () => {
    expect(parseImportDate("2026-03-01")?.toISOString()).toBe("2026-03-01T12:00:00.000Z");
    expect(parseImportDate("1-3-2026")?.toISOString()).toBe("2026-03-01T12:00:00.000Z");
    expect(parseImportDate("01/03/2026 10:15")?.toISOString()).toBe("2026-03-01T09:15:00.000Z");
    expect(parseImportDate("2026-07-01T10:00:00Z")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(parseImportDate("31-02-2026")).toBeNull();
    expect(parseImportDate("gisteren")).toBeNull();
  });

  it("splits full names keeping Dutch particles with the surname", () => {
    expect(splitFullName("Jan de Vries")).toEqual({ firstName: "Jan", lastName: "de Vries" });
    expect(splitFullName("Anna Maria van der Berg")).toEqual({ firstName: "Anna Maria", lastName: "van der Berg" });
    expect(splitFullName("Piet Bakker")).toEqual({ firstName: "Piet", lastName: "Bakker" });
    expect(splitFullName("Vries, Jan de")).toEqual({ firstName: "Jan de", lastName: "Vries" });
  });
});
