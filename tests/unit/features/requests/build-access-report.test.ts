import { describe, expect, it } from "vitest";
import { buildAccessReport } from "@/features/requests/report/build-access-report";
import { requestTranslator } from "@/features/requests/report/request-translator";
import { facts, person } from "./fixtures";

const request = { id: "r-1", receivedAt: new Date("2026-07-01T09:00:00Z"), requesterName: "Anna de Vries" };
const build = (language: "nl" | "en", people = [person()], f = facts()) =>
  buildAccessReport({
    request,
    people,
    facts: f,
    language,
    t: requestTranslator(language),
    generatedAt: new Date("2026-07-10T12:00:00Z"),
  });
const section = (model: ReturnType<typeof build>, prefix: string) =>
  model.sections.find((s) => s.id.startsWith(prefix))!;
const values = (s: ReturnType<typeof section>) =>
  s.entries.flatMap((e) => [e.heading ?? "", ...e.rows.map((r) => `${r.label}: ${r.value}`)]).join("\n");

describe("buildAccessReport", () => {
  it("covers every item of art. 15 lid 1 and the copy of the data (lid 3)", () => {
    const model = build("en");
    expect(model.sections.map((s) => s.id.replace(/-c-1$/, ""))).toEqual([
      "details",
      "source",
      "contactPoints",
      "consents",
      "legalBases",
      "relationships",
      "choices",
      "messages",
      "calls",
      "notes",
      "tags",
      "purposes",
      "recipients",
      "retention",
      "profiling",
      "rights",
    ]);
    expect(model.subtitle).toBe("For Anna de Vries");
    expect(model.intro[0]).toContain("1 July 2026");
  });

  it("lists the labels staff gave the person, with when", () => {
    const tagged = person({ tags: [{ addedAt: new Date("2026-09-01T10:00:00Z"), tag: { name: "Beurs 2026" } }] });
    const nl = values(section(build("nl", [tagged]), "tags"));
    expect(nl).toContain("Label: Beurs 2026");
    expect(nl).toContain("Toegevoegd op: 1 september 2026");
  });

  it("lists the consent history in order, with evidence, the notice text in the report's language and attachments", () => {
    const nl = values(section(build("nl"), "consents"));
    expect(nl).toMatch(/Nieuwsbrief: toestemming gegeven[\s\S]*Nieuwsbrief: toestemming ingetrokken/);
    expect(nl).toContain("Getoonde tekst: U krijgt maandelijks onze nieuwsbrief.");
    expect(nl).toContain("Waar: Jaarbeurs, stand 4B");
    expect(nl).toContain("Gebruikte woorden: Ja, graag de nieuwsbrief");
    expect(nl).toContain("kaartje.jpg (image/jpeg, 1234 bytes");
    expect(nl).toContain("Hoe: Afmeldlink");
    expect(nl).toContain("IP-adres: 203.0.113.7");
    const en = values(section(build("en"), "consents"));
    expect(en).toContain("Notice text shown: You get our monthly newsletter.");
  });

  it("leaves empty fields out and says 'none held' for empty categories", () => {
    const model = build("en");
    expect(values(section(model, "details"))).not.toContain("Notes:");
    expect(section(model, "calls").paragraphs).toEqual(["None held."]);
  });

  it("gives the source, recipients, retention and profiling facts", () => {
    const model = build("nl", [person()], facts({ profiling: true, retentionMonthsWithoutBasis: 12 }));
    expect(values(section(model, "source"))).toContain("Bron: Visitekaartje dat u ons gaf");
    expect(values(section(model, "recipients"))).toContain("Verwerker: Mailhuis BV");
    expect(section(model, "retention").paragraphs[0]).toContain("12 maanden");
    expect(section(model, "profiling").paragraphs[0]).toContain("profiel");
    expect(
      build("en", [person()], facts({ processors: [] })).sections.find((s) => s.id === "recipients")!.paragraphs[0],
    ).toBe("No other party receives your data.");
  });

  it("answers 'we hold no data about you' when nobody matched, with the rights and contact", () => {
    const model = build("en", []);
    expect(model.intro.join(" ")).toContain("we hold no personal data about you");
    expect(model.sections.map((s) => s.id)).toEqual(["rights"]);
  });

  it("numbers the people when one request concerns several records", () => {
    const model = build("en", [person(), person({ id: "c-2", firstName: "A." })]);
    expect(model.sections.filter((s) => s.id.startsWith("details")).map((s) => s.title)).toEqual([
      "Your details (1/2)",
      "Your details (2/2)",
    ]);
  });
});
