import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { sniffCsvDialect, sniffFormat } from "@/features/imports/parsers/sniff";
import { openReader } from "@/features/imports/parsers/open-reader";
import type { ParsedRecord } from "@/features/imports/parsers/types";

const fixture = (name: string) => path.join(import.meta.dirname, "../../../fixtures/imports", name);
const all = async (it: AsyncIterable<ParsedRecord>) => {
  const out: ParsedRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
};
const fromText = (bytes: Buffer) => () => Readable.from([bytes]);

describe("CSV", () => {
  it("reads a Windows-1252 file with semicolons and quoted fields", async () => {
    const bytes = readFileSync(fixture("windows-1252-semicolon.csv"));
    expect(sniffFormat(bytes, "x.csv")).toBe("csv");
    const dialect = sniffCsvDialect(bytes);
    expect(dialect).toEqual({ encoding: "windows-1252", delimiter: ";" });
    const reader = await openReader("csv", () => createReadStream(fixture("windows-1252-semicolon.csv")), dialect);
    expect(reader.headers.slice(0, 3)).toEqual(["Voornaam", "Achternaam", "E-mail"]);
    const rows = await all(reader.records);
    expect(rows).toHaveLength(3);
    expect(rows[0].cells.slice(0, 2)).toEqual(["José", "Müller"]);
    expect(rows[0].cells[4]).toBe("Café Zoë B.V.");
    expect(rows[0].cells[9]).toBe('Ontmoet op de beurs; wil "meer" weten');
    expect(rows[1].cells[4]).toBe("Coöperatie Één U.A.");
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it("reads UTF-8 with a BOM, commas and a newline inside quotes", async () => {
    const bytes = Buffer.from('\uFEFFfirstName,lastName,notes\r\nZoë,Öztürk,"twee\nregels"\r\nA,B,c\r\n', "utf8");
    const dialect = sniffCsvDialect(bytes);
    expect(dialect).toEqual({ encoding: "utf-8", delimiter: "," });
    const reader = await openReader("csv", fromText(bytes), dialect);
    expect(reader.headers).toEqual(["firstName", "lastName", "notes"]);
    const rows = await all(reader.records);
    expect(rows.map((r) => r.cells)).toEqual([
      ["Zoë", "Öztürk", "twee\nregels"],
      ["A", "B", "c"],
    ]);
    expect(rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it("reads tab-separated files", async () => {
    const bytes = Buffer.from("a\tb\n1\t2\n", "utf8");
    const reader = await openReader("csv", fromText(bytes), sniffCsvDialect(bytes));
    expect((await all(reader.records)).map((r) => r.cells)).toEqual([["1", "2"]]);
  });
});

describe("XLSX", () => {
  it("reads the first sheet: text, links and dates", async () => {
    const bytes = readFileSync(fixture("contacts.xlsx"));
    expect(sniffFormat(bytes, "contacts.xlsx")).toBe("xlsx");
    const reader = await openReader("xlsx", () => createReadStream(fixture("contacts.xlsx")), {
      encoding: "utf-8",
      delimiter: ",",
    });
    expect(reader.headers.slice(0, 3)).toEqual(["First name", "Last name", "Email"]);
    const rows = await all(reader.records);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ line: 2 });
    expect(rows[0].cells.slice(0, 4)).toEqual(["Eva", "Jansen", "eva@xlsx-voorbeeld.nl", "0612345679"]);
    expect(rows[1].cells[2]).toBe("tom@xlsx-voorbeeld.nl");
    expect(rows[1].cells[8]).toBe("2026-03-01T12:00:00.000Z");
  });
});

describe("vCard", () => {
  it("reads several cards of versions 3 and 4", async () => {
    const bytes = readFileSync(fixture("three-cards.vcf"));
    expect(sniffFormat(bytes, "kaartjes.vcf")).toBe("vcard");
    const reader = await openReader("vcard", () => createReadStream(fixture("three-cards.vcf")), {
      encoding: "utf-8",
      delimiter: ",",
    });
    const rows = await all(reader.records);
    const byHeader = rows.map((r) => Object.fromEntries(reader.headers.map((h, i) => [h, r.cells[i]])));
    expect(byHeader).toHaveLength(3);
    expect(byHeader[0]).toMatchObject({
      firstName: "Jan",
      lastName: "de Vries",
      email: "jan@acme-voorbeeld.nl",
      mobile: "06 12345670",
      company: "Acme B.V.",
      jobTitle: "Inkoper",
      street: "Keizersgracht 1",
      city: "Amsterdam",
      postalCode: "1015 AA",
      country: "NL",
    });
    expect(byHeader[1]).toMatchObject({ firstName: "Piet", lastName: "Bakker", phone: "+31-20-1234567" });
    expect(byHeader[2]).toMatchObject({ fullName: "Sanne Smit", notes: "Kaartje van Horecava" });
    expect(rows.map((r) => r.line)).toEqual([1, 11, 18]);
  });
});
