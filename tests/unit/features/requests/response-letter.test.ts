import { describe, expect, it } from "vitest";
import { buildResponseLetter, type LetterFacts } from "@/features/requests/letters/build-response-letter";
import { requestTranslator } from "@/features/requests/report/request-translator";
import { REQUEST_TYPES } from "@/domain/vocabulary";

const facts = (over: Partial<LetterFacts> = {}): LetterFacts => ({
  type: "access",
  language: "nl",
  outcome: "answered",
  requesterName: "Anna de Vries",
  receivedAt: new Date("2026-01-31T23:30:00Z"), // 1 February in Amsterdam
  executedAt: new Date("2026-02-10T10:00:00Z"),
  noDataHeld: false,
  extensionMonths: 0,
  extensionReason: null,
  processors: [],
  controller: { name: "Voorbeeld BV", email: "privacy@voorbeeld.nl" },
  signer: "Pieter Privacy",
  ...over,
});
const letter = (over: Partial<LetterFacts> = {}) =>
  buildResponseLetter(facts(over), requestTranslator(over.language ?? "nl"));

describe("buildResponseLetter", () => {
  it("greets by name, names the request and its date in the controller's time zone, and signs off", () => {
    const text = letter();
    expect(text.startsWith("Geachte Anna de Vries,")).toBe(true);
    expect(text).toContain("Op 1 februari 2026 ontvingen wij uw verzoek om inzage.");
    expect(text).toContain("(AVG art. 15)");
    expect(text).toContain("Autoriteit Persoonsgegevens");
    expect(text.endsWith("Pieter Privacy\nVoorbeeld BV")).toBe(true);
  });

  it.each(REQUEST_TYPES)("has a body for %s in both languages that cites the article", (type) => {
    const article = {
      access: "15",
      portability: "20",
      erasure: "17",
      rectification: "16",
      restriction: "18",
      objection: "21",
    }[type];
    expect(letter({ type })).toContain(`art. ${article}`);
    expect(letter({ type, language: "en" })).toContain(`art. ${article}`);
  });

  it("uses a neutral greeting once the requester's name was erased, and lists the processors told (art. 19)", () => {
    const text = letter({
      type: "erasure",
      requesterName: null,
      processors: ["Mailhuis BV", "Belcentrale BV"],
      language: "en",
    });
    expect(text.startsWith("Dear Sir or Madam,")).toBe(true);
    expect(text).toContain("On 10 February 2026 we erased all your personal data");
    expect(text).toContain("(GDPR art. 19): Mailhuis BV, Belcentrale BV.");
  });

  it("says we hold no data when nobody matched, and gives the extension reason when extended", () => {
    const text = letter({ noDataHeld: true, extensionMonths: 2, extensionReason: "veel archieven" });
    expect(text).toContain("wij hebben geen persoonsgegevens van u");
    expect(text).toContain("met 2 maanden verlengd: veel archieven");
  });

  it("explains a refusal with the right to complain, whatever the type", () => {
    const text = letter({ type: "erasure", outcome: "rejected", language: "en" });
    expect(text).toContain("could not verify your identity");
    expect(text).not.toContain("we erased");
    expect(text).toContain("Dutch Data Protection Authority");
  });

  it("names the objection's scopes", () => {
    expect(letter({ type: "objection", objectionScopes: ["direct_marketing", "profiling"] })).toContain(
      "(direct marketing, profilering)",
    );
  });
});
