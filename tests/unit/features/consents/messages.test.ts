import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHANNELS,
  CONSENT_RECORD_METHODS,
  EMAIL_KINDS,
  LEGAL_BASES,
  LEGAL_FORMS,
  OBJECTION_SCOPES,
  PHONE_KINDS,
  SOURCE_TYPES,
} from "@/domain/vocabulary";
import { RECEIVED_VIA } from "@/features/consents/schemas";
import { CONTACT_SORTS, PURPOSE_STATUSES } from "@/features/contacts/schemas";
import { DPV_PURPOSES } from "@/features/purposes/schemas";
import { REPO_ROOT } from "../../../support/paths";

type Tree = { [k: string]: string | Tree };
const load = (locale: string, ns: string): Tree =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, "messages", locale, `${ns}.json`), "utf8"));
const keys = (t: Tree, prefix = ""): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const get = (t: Tree, dotted: string) =>
  dotted.split(".").reduce<string | Tree | undefined>((n, k) => (n && typeof n === "object" ? n[k] : undefined), t);

describe.each(["contacts", "purposes", "consents"])("messages/%s.json", (ns) => {
  it("has the same keys in Dutch and English, none empty", () => {
    const nl = load("nl", ns);
    const en = load("en", ns);
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    for (const k of keys(nl)) expect(String(get(nl, k)).trim(), k).not.toBe("");
  });
});

describe("every value of the vocabulary has a label in both languages", () => {
  const cases: [string, string, readonly string[]][] = [
    ["consents", "channels", CHANNELS],
    ["consents", "methods", CONSENT_RECORD_METHODS],
    ["consents", "bases", LEGAL_BASES],
    ["consents", "scopes", OBJECTION_SCOPES],
    ["consents", "via", RECEIVED_VIA],
    ["contacts", "sourceTypes", SOURCE_TYPES],
    ["contacts", "sourceDetailHints", SOURCE_TYPES],
    ["contacts", "legalForms", LEGAL_FORMS],
    ["contacts", "emailKinds", EMAIL_KINDS],
    ["contacts", "phoneKinds", PHONE_KINDS],
    ["contacts", "sorts", CONTACT_SORTS],
    ["contacts", "purposeStatuses", PURPOSE_STATUSES],
    ["purposes", "dpv", DPV_PURPOSES.map((d) => d.replace("dpv:", ""))],
  ];
  it.each(cases)("%s.%s", (ns, group, values) => {
    for (const locale of ["nl", "en"]) {
      for (const v of values)
        expect(get(load(locale, ns), `${group}.${v}`), `${locale} ${ns}.${group}.${v}`).toBeTypeOf("string");
    }
  });
});
