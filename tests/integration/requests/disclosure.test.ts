import { compileKantaraSchema } from "../../support/kantara-schema";
import { describe, expect, it, vi } from "vitest";
import { testDb } from "../../support/db";
import { getAccessReport } from "@/features/requests/services/get-access-report";
import { buildPortabilityExport } from "@/features/requests/services/build-portability-export";
import { executeDisclosure } from "@/features/requests/services/execute-disclosure";
import { registerRequest } from "@/features/requests/services/register-request";
import { portabilityCsv } from "@/features/requests/exports/portability-csv";
import { renderPdf } from "@/server/documents/render-pdf";
import { createStaffUser, userContext } from "../../factories/users";
import { createPersonWithEverything, createVerifiedRequest } from "../../factories/requests";

// The route handlers ask who is signed in; here the test says who (the role check itself is real).
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
const { GET: exportRoute } = await import("@/app/(app)/requests/[id]/export/route");
const { GET: pdfRoute } = await import("@/app/(app)/requests/[id]/report/pdf/route");

async function setting() {
  const db = testDb();
  await db.organisationSettings.update({
    where: { id: 1 },
    data: {
      organisationName: "Voorbeeld BV",
      controllerEmail: "privacy@voorbeeld.nl",
      controllerAddress: "Keizersgracht 1, 1015 AA Amsterdam",
      controllerPhone: "+31201234567",
      privacyPolicyUrl: "https://voorbeeld.nl/privacy",
      retentionMonthsWithoutBasis: 18,
    },
  });
  const user = await createStaffUser(db);
  const ctx = userContext(user.id);
  const person = await createPersonWithEverything(db, user.id);
  await db.processor.create({
    data: { name: `Mailhuis ${person.lastName.slice(0, 3)}`, description: "Verzendt nieuwsbrieven" },
  });
  return { db, user, ctx, person };
}

describe("access report (AVG art. 15)", () => {
  it("contains the data, the full consent history with evidence and the processing facts, in both languages", async () => {
    const { db, ctx, person } = await setting();
    const request = await createVerifiedRequest(db, ctx, "access", { contactIds: [person.contact.id] });
    await executeDisclosure(db, ctx, { requestId: request.id, type: "access" });
    const nl = await getAccessReport(db, ctx, { requestId: request.id, language: "nl", form: "html" });
    const text = JSON.stringify(nl);
    for (const needle of [
      person.fullName,
      person.emails[0],
      person.emails[1],
      person.phones[0],
      "Jaarbeurs Utrecht, stand 4B",
      "stuur mij de nieuwsbrief",
      "Wij sturen u maandelijks onze nieuwsbrief.",
      `kaartje-${person.lastName}.pdf`,
      "203.0.113.9",
      "Tijdstip gecorrigeerd",
      "Verzendt nieuwsbrieven",
      "18 maanden",
      "Autoriteit Persoonsgegevens",
      "Visitekaartje",
    ]) {
      expect(text).toContain(needle);
    }
    const consents = nl.sections.find((s) => s.id.startsWith("consents-"))!;
    expect(consents.entries).toHaveLength(5); // card grant, its correction, withdrawal, phone, sign-up
    expect(consents.entries.map((e) => e.heading).join()).toMatch(/toestemming gegeven.*toestemming ingetrokken/);
    const en = await getAccessReport(db, ctx, { requestId: request.id, language: "en", form: "pdf" });
    expect(en.title).toBe("Overview of your personal data");
    expect(JSON.stringify(en)).toContain("We send you our monthly newsletter.");
    const audit = await db.auditEvent.findMany({
      where: { targetId: request.id, action: { startsWith: "request.report" } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["request.report_downloaded", "request.report_viewed"]);

    const pdf = await renderPdf(en);
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
  });

  it("says 'we hold no data about you' for an unknown person, and refuses before verification", async () => {
    const db = testDb();
    const ctx = userContext((await createStaffUser(db)).id);
    const unknown = await createVerifiedRequest(db, ctx, "access", { requesterName: "Łukasz Wójcik 😀" });
    const report = await getAccessReport(db, ctx, { requestId: unknown.id, language: "nl", form: "html" });
    expect(report.intro.join(" ")).toContain("geen persoonsgegevens van u");
    expect(Buffer.from((await renderPdf(report)).slice(0, 5)).toString()).toBe("%PDF-"); // non-WinAnsi name
    const unverified = await registerRequest(db, ctx, {
      type: "access",
      receivedAt: new Date(),
      channel: "email",
      requesterName: "X",
      requesterEmail: "x@example.nl",
    });
    await expect(
      getAccessReport(db, ctx, { requestId: unverified.id, language: "nl", form: "html" }),
    ).rejects.toMatchObject({ code: "UNLAWFUL" });
  });
});

describe("portability export (AVG art. 20)", () => {
  it("gives JSON and CSV of the same export, with Kantara receipts that validate and ISO 27560 records with DPV terms", async () => {
    const { db, ctx, person } = await setting();
    const request = await createVerifiedRequest(db, ctx, "portability", { contactIds: [person.contact.id] });
    const doc = await buildPortabilityExport(db, ctx, { requestId: request.id, format: "json", language: "en" });
    expect(doc.subjects).toHaveLength(1);
    const s = doc.subjects[0];
    expect(s.contact).toMatchObject({ firstName: person.firstName, lastName: person.lastName });
    expect(s.emailAddresses.map((e) => e.address)).toEqual(person.emails);
    expect(s.consentHistory).toHaveLength(5);
    expect(Buffer.from(s.consentHistory[0].attachments[0].dataBase64!, "base64").toString()).toContain(person.fullName);

    const validate = compileKantaraSchema();
    expect(s.consentReceipts).toHaveLength(4); // the grants (card, its correction, phone, sign-up); a withdrawal has no receipt form
    for (const receipt of s.consentReceipts) {
      const valid = validate(JSON.parse(JSON.stringify(receipt)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
    expect(s.consentReceipts[0]).toMatchObject({
      piiPrincipalId: person.emails[0],
      piiControllers: [
        { piiController: "Voorbeeld BV", address: { postalCode: "1015 AA", addressLocality: "Amsterdam" } },
      ],
    });
    const iso = s.consentRecordsIso27560;
    expect(iso.map((r) => r.event.eventState)).toEqual([
      "dpv:ConsentGiven",
      "dpv:ConsentGiven",
      "dpv:ConsentWithdrawn",
      "dpv:ConsentGiven",
      "dpv:ConsentGiven",
    ]);
    expect(iso[0].purpose).toMatchObject({ lawfulBasis: "dpv:Consent", lawfulBasisGdpr: "eu-gdpr:A6-1-a" });
    expect(iso[2].collectionMethod.description).toMatch(/Unsubscribe link/);
    expect(doc["@context"].dpv).toBe("https://w3id.org/dpv#");

    const csv = portabilityCsv(doc.subjects);
    expect(csv.split("\n")[0]).toContain("subject,table,row,field,value");
    expect(csv).toContain(`1,emailAddresses,2,address,${person.emails[1]}`);
    expect(csv).toContain("consentHistory");
    expect(csv).not.toContain("dataBase64");
    expect(await db.auditEvent.count({ where: { targetId: request.id, action: "request.exported" } })).toBe(1);
  });
});

describe("export and report URLs", () => {
  const call = (route: typeof exportRoute, id: string, query: string) =>
    route(new Request(`http://localhost/requests/${id}/x?${query}`), { params: Promise.resolve({ id }) });

  it("a sales user gets 403 on a request's export and report; the privacy officer gets the files", async () => {
    const { db, ctx, person } = await setting();
    const request = await createVerifiedRequest(db, ctx, "portability", { contactIds: [person.contact.id] });
    const sales = await createStaffUser(db, "sales");
    session.user = { id: sales.id, email: "s@x.nl", name: "Sales", role: "sales", locale: null };
    const before = await db.auditEvent.count({ where: { targetId: request.id, action: "request.exported" } });
    for (const [route, query] of [
      [exportRoute, "format=json"],
      [exportRoute, "format=csv"],
      [pdfRoute, "lang=nl"],
    ] as const) {
      const res = await call(route, request.id, query);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain(person.lastName);
    }
    expect(await db.auditEvent.count({ where: { targetId: request.id, action: "request.exported" } })).toBe(before);

    const po = await createStaffUser(db, "privacy_officer");
    session.user = { id: po.id, email: "p@x.nl", name: "PO", role: "privacy_officer", locale: null };
    const json = await call(exportRoute, request.id, "format=json");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toContain(".json");
    expect((await json.json()).subjects[0].contact.lastName).toBe(person.lastName);
    const csv = await call(exportRoute, request.id, "format=csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const pdf = await call(pdfRoute, request.id, "lang=en");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect((await call(exportRoute, request.id, "format=xml")).status).toBe(400);
    expect((await call(exportRoute, "not-a-uuid", "format=json")).status).toBe(404);

    const unverified = await registerRequest(db, ctx, {
      type: "portability",
      receivedAt: new Date(),
      channel: "email",
      requesterName: "X",
      requesterEmail: "x@example.nl",
    });
    expect((await call(exportRoute, unverified.id, "format=json")).status).toBe(422);
    session.user = null;
    expect((await call(exportRoute, request.id, "format=json")).status).toBe(401);
  });
});
