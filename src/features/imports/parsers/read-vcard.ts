import ICAL from "ical.js";
import type { ImportField } from "@/domain/imports";
import type { ImportFileReader, OpenFile, ParsedRecord } from "./types";

/** vCard files from phones and mail programs are small; a larger one is not a card export. */
export const MAX_VCARD_BYTES = 20_000_000;

const HEADERS: ImportField[] = [
  "firstName",
  "lastName",
  "fullName",
  "email",
  "phone",
  "mobile",
  "company",
  "jobTitle",
  "street",
  "postalCode",
  "city",
  "country",
  "notes",
];

type Prop = [string, Record<string, unknown>, string, unknown];

/**
 * Reads vCard 3.0 and 4.0 files with several cards (parsed by ical.js) into rows whose columns are
 * the import's own field names, so that cards go through the same validation as spreadsheet rows.
 * The line of each card is where its BEGIN:VCARD stands.
 */
export async function readVcard(open: OpenFile): Promise<ImportFileReader> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of open()) {
    size += (chunk as Buffer).length;
    if (size > MAX_VCARD_BYTES) throw new Error("vcard_too_large");
    parts.push(chunk as Buffer);
  }
  const text = Buffer.concat(parts)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  const starts: number[] = [];
  text.split(/\r?\n/).forEach((l, i) => /^BEGIN:VCARD/i.test(l) && starts.push(i + 1));
  const parsed = ICAL.parse(text) as unknown;
  const cards = (Array.isArray(parsed) && parsed[0] === "vcard" ? [parsed] : (parsed as unknown[])) as [
    string,
    Prop[],
  ][];
  async function* records(): AsyncGenerator<ParsedRecord> {
    for (const [i, card] of cards.entries()) yield { line: starts[i] ?? i + 1, cells: cardCells(card[1]) };
  }
  return { headers: [...HEADERS], records: records() };
}

function cardCells(props: Prop[]): string[] {
  const cells: Partial<Record<ImportField, string>> = {};
  const all = (name: string) => props.filter((p) => p[0] === name);
  const first = (name: string) => all(name)[0]?.[3];
  const n = first("n");
  if (Array.isArray(n)) {
    const [family, given, additional] = n.map((x) => (Array.isArray(x) ? x.join(" ") : String(x ?? "")));
    cells.firstName = given;
    // Dutch cards put the tussenvoegsel ("de", "van der") in the additional-names part.
    cells.lastName = additional && additional === additional.toLowerCase() ? `${additional} ${family}` : family;
  }
  cells.fullName = String(first("fn") ?? "");
  cells.email = String(first("email") ?? "");
  for (const tel of all("tel")) {
    const types = [tel[1].type].flat().map((t) => String(t).toLowerCase());
    const number = String(tel[3]).replace(/^tel:/i, "");
    const field = types.includes("cell") ? "mobile" : "phone";
    cells[field] ??= number;
  }
  const org = first("org");
  cells.company = Array.isArray(org) ? String(org[0] ?? "") : String(org ?? "");
  cells.jobTitle = String(first("title") ?? "");
  const adr = first("adr");
  if (Array.isArray(adr)) {
    cells.street = String(adr[2] ?? "");
    cells.city = String(adr[3] ?? "");
    cells.postalCode = String(adr[5] ?? "");
    cells.country = countryCode(String(adr[6] ?? ""));
  }
  cells.notes = String(first("note") ?? "");
  return HEADERS.map((h) => cells[h] ?? "");
}

/** Cards write the country as a name; the import wants ISO codes. */
function countryCode(raw: string): string {
  const v = raw.trim().toLowerCase();
  if (v === "") return "";
  if (/^[a-z]{2}$/.test(v)) return v.toUpperCase();
  const names: Record<string, string> = {
    nederland: "NL",
    netherlands: "NL",
    "the netherlands": "NL",
    belgie: "BE",
    belgië: "BE",
    belgium: "BE",
    duitsland: "DE",
    germany: "DE",
    deutschland: "DE",
  };
  return names[v] ?? raw;
}
