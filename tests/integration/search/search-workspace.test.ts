import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { searchWorkspace } from "@/features/search/services/search-workspace";
import { referenceHex } from "@/features/requests/services/find-requests-by-reference";
import { requestReference } from "@/domain/requests";
import { createContact, uniq } from "../../factories/contacts";
import { createVerifiedRequest } from "../../factories/requests";
import { createStaffActor } from "../../factories/users";

/** A contact with a name, company, address and number no other test uses. */
async function findablePerson() {
  const word = `Zoekbaar${uniq()}`;
  const company = `Firma${uniq()}`;
  // 06-1…: a mobile range that exists (06-0… does not, and the clock's digits can start with 0).
  const number = `+3161${String(Date.now()).slice(-7)}`;
  const contact = await createContact(testDb(), {
    firstName: "Marloes",
    lastName: word,
    companyName: company,
    emails: [{ address: `m.${word.toLowerCase()}@example.nl` }],
    phones: [{ number }],
  });
  return { contact, word, company, number, email: `m.${word.toLowerCase()}@example.nl` };
}

const contactIds = (hits: Awaited<ReturnType<typeof searchWorkspace>>) =>
  hits.filter((h) => h.kind === "contact").map((h) => h.id);

describe("search in the top bar", () => {
  it("finds a contact by last name, company, e-mail address and phone number", async () => {
    const db = testDb();
    const p = await findablePerson();
    for (const q of [
      p.word,
      `marloes ${p.word}`,
      p.company,
      p.email.slice(0, p.email.indexOf("@") + 3),
      p.number,
      `0${p.number.slice(3)}`,
    ]) {
      expect(contactIds(await searchWorkspace(db, "sales", q)), q).toContain(p.contact.id);
    }
    const [hit] = (await searchWorkspace(db, "marketer", p.email)).filter((h) => h.kind === "contact");
    expect(hit).toMatchObject({ name: `Marloes ${p.word}`, company: p.company, href: `/contacts/${p.contact.id}` });
  });

  it("finds a request by its reference, in any way it is typed, only for those who handle requests", async () => {
    const db = testDb();
    const ctx = await createStaffActor(db, "privacy_officer");
    const request = await createVerifiedRequest(db, ctx, "erasure");
    const reference = requestReference(request.id);
    for (const q of [reference, reference.toLowerCase(), reference.replace(/-/g, ""), reference.slice(2, 6)]) {
      const hits = await searchWorkspace(db, "privacy_officer", q);
      expect(
        hits.filter((h) => h.kind === "request").map((h) => h.id),
        q,
      ).toContain(request.id);
    }
    const [hit] = (await searchWorkspace(db, "admin", reference)).filter((h) => h.kind === "request");
    expect(hit).toMatchObject({ reference, type: "erasure", status: "verified", href: `/requests/${request.id}` });
    // Sales and marketing may register a request but not open one: no request in their results.
    for (const role of ["sales", "marketer"] as const) {
      expect((await searchWorkspace(db, role, reference)).filter((h) => h.kind === "request")).toEqual([]);
    }
  });

  it("answers nothing for less than two characters, and nothing for a name nobody has", async () => {
    const db = testDb();
    expect(await searchWorkspace(db, "admin", " a ")).toEqual([]);
    expect(await searchWorkspace(db, "admin", `Niemand${uniq()}xyz`)).toEqual([]);
  });

  it("reads a reference only from four to eight hex digits, with or without R- and dashes", () => {
    expect(referenceHex("R-3F9A-C21B")).toBe("3f9ac21b");
    expect(referenceHex("r3f9a")).toBe("3f9a");
    expect(referenceHex("3F9A-C2")).toBe("3f9ac2");
    expect(referenceHex("3f9")).toBeNull();
    expect(referenceHex("Jansen")).toBeNull();
    expect(referenceHex("3f9ac21b0")).toBeNull();
  });
});
