import { describe, expect, it } from "vitest";
import { decideOutreach, DEFAULT_OUTREACH_SETTINGS } from "@/domain/outreach";
import {
  groupRows,
  toConsentEvent,
  toContactFacts,
  type ConsentRow,
  type FactRows,
} from "@/features/outreach/services/fact-rows";
import { activeSuppression } from "@/features/outreach/services/suppression";
import { evidenceHref } from "@/features/outreach/evidence-anchor";

const d = (s: string) => new Date(`${s}T10:00:00Z`);
const empty = (): FactRows => ({
  emails: [],
  phones: [],
  postal: [],
  consents: [],
  bases: [],
  relationships: [],
  objections: [],
  restrictions: [],
  optOuts: [],
  calls: [],
});
const consent = (over: Partial<ConsentRow> = {}): ConsentRow => ({
  id: "k1",
  contactId: "c1",
  purposeKey: "news",
  channels: ["email"],
  action: "granted",
  method: "double_opt_in",
  effectiveAt: d("2026-01-01"),
  recordedAt: d("2026-01-01"),
  recordedVia: "ui",
  correctsId: null,
  invalidates: false,
  grantorName: null,
  grantorRole: null,
  grantorAuthority: null,
  ...over,
});
const contact = {
  id: "c1",
  sourceType: "event" as const,
  publishedForPurpose: null,
  collectedAt: d("2025-01-01"),
  legalForm: "bv" as const,
};
const input = (facts: ReturnType<typeof toContactFacts>, at = d("2026-06-01")) => ({
  contact: facts,
  purpose: { key: "news", directMarketing: true, channels: ["email" as const] },
  channel: "email" as const,
  commercial: true,
  at,
  settings: DEFAULT_OUTREACH_SETTINGS,
});

describe("rows to engine facts", () => {
  it("maps a grant, a representative and a list import", () => {
    expect(
      toConsentEvent(consent({ grantorName: "Petra", grantorRole: "receptie", grantorAuthority: "beheert post" }))
        .grantor,
    ).toEqual({ name: "Petra", role: "receptie", authority: "beheert post" });
    expect(toConsentEvent(consent({ recordedVia: "import" })).importedFromList).toBe(true);
    expect(toConsentEvent(consent()).importedFromList).toBe(false);
  });

  it("an invalidating correction takes the original out (as known now; as recorded before it, the original stood)", () => {
    const rows = empty();
    rows.emails.push({
      id: "e1",
      contactId: "c1",
      normalised: "a@b.nl",
      kind: "personal",
      designationWhere: null,
      designationSeenAt: null,
      undeliverable: false,
    });
    rows.consents.push(
      consent(),
      consent({ id: "k2", correctsId: "k1", invalidates: true, recordedAt: d("2026-03-01") }),
    );
    const facts = toContactFacts(contact, groupRows(rows), null);
    expect(decideOutreach(input(facts)).rule).toBe("no_consent");
    // The invalid record never was consent: a question about February as we know it now says so...
    expect(decideOutreach(input(facts, d("2026-02-01"))).rule).toBe("no_consent");
    // ...while the system's view before the invalidation was recorded still counted it.
    expect(decideOutreach({ ...input(facts, d("2026-02-01")), knownAt: d("2026-02-01") }).rule).toBe("consent");
  });

  it("a designated address carries its designation; a contact without company is a private person", () => {
    const rows = empty();
    rows.emails.push({
      id: "e1",
      contactId: "c1",
      normalised: "sales@b.nl",
      kind: "designated_commercial",
      designationWhere: "website",
      designationSeenAt: d("2026-01-01"),
      undeliverable: false,
    });
    const facts = toContactFacts({ ...contact, legalForm: null }, groupRows(rows), null);
    expect(facts.legalForm).toBe("none");
    expect(facts.emails[0].designation).toEqual({ id: "e1", where: "website", seenAt: d("2026-01-01") });
  });
});

describe("suppression", () => {
  const entry = { id: "s1", hash: "h", createdAt: d("2026-02-01") };
  it("suppresses until a fresh basis is recorded after the listing", () => {
    const rows = empty();
    expect(activeSuppression(contact, groupRows(rows), [entry], d("2026-03-01"))).toBe(entry);
    expect(activeSuppression(contact, groupRows(rows), [entry], d("2026-01-15"))).toBeNull();
    rows.consents.push(consent({ recordedAt: d("2026-02-15") }));
    expect(activeSuppression(contact, groupRows(rows), [entry], d("2026-03-01"))).toBeNull();
    expect(activeSuppression(contact, groupRows(rows), [entry], d("2026-02-10"))).toBe(entry);
  });
});

describe("evidence links", () => {
  it("point at the proving record on the contact page, or nowhere for organisation policy", () => {
    expect(evidenceHref("c1", { type: "consent", id: "k1" })).toBe("/contacts/c1#consent-k1");
    expect(evidenceHref("c1", { type: "withdrawal", id: "k2" })).toBe("/contacts/c1#consent-k2");
    expect(evidenceHref("c1", { type: "objection", id: "o1" })).toBe("/contacts/c1#objection-o1");
    expect(evidenceHref("c1", { type: "policy", id: "postal-balancing-test" })).toBeNull();
  });
});
