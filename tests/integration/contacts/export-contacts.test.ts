import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { testDb } from "../../support/db";
import { recordObjection } from "@/features/consents/services/record-objection";
import { createStaffUser } from "../../factories/users";
import { createContact, uniq } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import { createPurposeWithNotice } from "../../factories/purposes";
import { SYSTEM } from "@/server/audit/actor";

// The route handler asks who is signed in; here the test says who (the role check itself is real).
const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; role: string; locale: null },
}));
vi.mock("@/server/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  getAuditContext: async () => ({
    actor: session.user ? { type: "user", id: session.user.id, role: session.user.role } : { type: "system" },
    request: { requestId: "test", ip: "127.0.0.1" },
  }),
}));
const { GET: exportRoute } = await import("@/app/(app)/contacts/export/route");

async function signIn(role: "sales" | "marketer" | "privacy_officer") {
  const user = await createStaffUser(testDb(), role);
  session.user = { id: user.id, email: user.email, name: user.name, role, locale: null };
  return user;
}

const get = (query: Record<string, string>) =>
  exportRoute(new Request(`http://localhost/contacts/export?${new URLSearchParams(query)}`), {
    params: Promise.resolve({}),
  });

const exportsBy = (userId: string) =>
  testDb().auditEvent.findMany({ where: { action: "contacts.exported", actorId: userId }, orderBy: { seq: "asc" } });

/** Three people at one company (a word no other test uses): consent, withdrawn, objected. */
async function threePeople() {
  const db = testDb();
  const company = `Exportbedrijf${uniq()}`;
  const purpose = await createPurposeWithNotice(db);
  const given = await createContactWithConsent(db, purpose.key, {
    contact: { companyName: company, lastName: "Aalders" },
  });
  const withdrawn = await createContactWithWithdrawnConsent(db, purpose.key, {
    contact: { companyName: company, lastName: "Bakker" },
  });
  const objected = await createContact(db, { companyName: company, lastName: "Claassen" });
  await recordObjection(db, SYSTEM, objected.id, { scope: "direct_marketing", receivedVia: "phone" });
  return { company, purpose, given: given.contact, withdrawn: withdrawn.contact, objected };
}

const rowsOf = async (res: Response) => {
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A byte-order mark first, so that Excel reads the accents right.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes), { columns: true, bom: true }) as Record<string, string>[];
};

describe("contacts export (CSV)", () => {
  it("is refused to sales, and nothing is recorded as exported", async () => {
    const user = await signIn("sales");
    const res = await get({});
    expect(res.status).toBe(403);
    expect(await exportsBy(user.id)).toEqual([]);
  });

  it("gives a marketer the filtered list with what each person agreed to, and audits it without the search text", async () => {
    const people = await threePeople();
    const user = await signIn("marketer");
    const res = await get({ q: people.company });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = await rowsOf(res);
    expect(rows.map((r) => r.last_name)).toEqual(["Aalders", "Bakker", "Claassen"]);
    const [a, b, c] = rows;
    expect(a).toMatchObject({
      id: people.given.id,
      consent_given: people.purpose.key,
      consent_withdrawn: "",
      objection: "no",
    });
    expect(b).toMatchObject({ consent_given: "", consent_withdrawn: people.purpose.key });
    expect(c).toMatchObject({ consent_given: "", objection: "yes", restricted: "no", source: "event" });
    expect(a.email).toBe(people.given.emails[0].address);

    const [event] = await exportsBy(user.id);
    expect(event.metadata).toEqual({ filters: { sort: "name_asc", search: true } });
    expect(JSON.stringify(event.metadata)).not.toContain(people.company);
  });

  it("applies the list's purpose-state filter", async () => {
    const people = await threePeople();
    const user = await signIn("privacy_officer");
    const query = { q: people.company, purpose: people.purpose.id, status: "withdrawn" };
    const rows = await rowsOf(await get(query));
    expect(rows.map((r) => r.id)).toEqual([people.withdrawn.id]);
    const [event] = await exportsBy(user.id);
    expect(event.metadata).toMatchObject({ filters: { purposeId: people.purpose.id, purposeStatus: "withdrawn" } });
  });

  it("streams every row of a list longer than one batch, each once, in the list's order", async () => {
    const db = testDb();
    const word = `Stroom${uniq()}`;
    // Written straight to the table: 450 rows is three batches of the export, and making them
    // through the service would only slow the test down.
    await db.$executeRaw`
      INSERT INTO "Contact" (id, "firstName", "lastName", "sourceType", "collectedAt", "searchName", "updatedAt")
      SELECT gen_random_uuid(), 'Piet', ${word} || lpad(n::text, 4, '0'), 'event', now(), lower('piet ' || ${word} || lpad(n::text, 4, '0')), now()
      FROM generate_series(1, 450) AS n`;
    await signIn("marketer");
    const res = await get({ q: word.toLowerCase(), sort: "name_desc" });
    const rows = await rowsOf(res);
    expect(rows).toHaveLength(450);
    expect(new Set(rows.map((r) => r.id)).size).toBe(450);
    expect(rows[0].last_name).toBe(`${word}0450`);
    expect(rows[449].last_name).toBe(`${word}0001`);
  });

  it("refuses a filter it does not know instead of exporting everyone", async () => {
    const user = await signIn("marketer");
    const res = await get({ status: "sometimes", purpose: "not-a-uuid" });
    expect(res.status).toBe(400);
    expect(await exportsBy(user.id)).toEqual([]);
  });

  it("keeps a cell that a spreadsheet would run as a formula as text", async () => {
    const db = testDb();
    const word = `Formule${uniq()}`;
    await createContact(db, {
      firstName: "=HYPERLINK(1)",
      lastName: word,
      emails: [{ address: `formule.${word.toLowerCase()}@example.nl` }],
    });
    await signIn("marketer");
    const [row] = await rowsOf(await get({ q: word.toLowerCase() }));
    expect(row.first_name).toBe("'=HYPERLINK(1)");
  });
});
