import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { loadContactDecisionInputs } from "@/features/outreach/services/load-contact-facts";
import { suppressionCopySettled } from "@/features/outreach/services/suppression-source";
import { createContact, suppressIdentifier } from "../../factories/contacts";

/**
 * A single decision looks the suppression list up in this instance's copy when the decision's own
 * snapshot reads the copy's version, and in the database otherwise. Every change to the list must
 * change the version in the same transaction, or an instance would decide on entries that are gone
 * or miss one just added (an erased person mailed again).
 */
let db: Db;
let statements = 0;
/** The app's database handle, counting the statements a decision sends. */
let counted: Db;

beforeAll(async () => {
  db = await getDb();
  counted = new Proxy(db, {
    get(target, name, receiver) {
      if (name !== "$queryRaw") return Reflect.get(target, name, receiver);
      return (...args: Parameters<Db["$queryRaw"]>) => {
        statements += 1;
        return target.$queryRaw(...args);
      };
    },
  });
  // Somebody else on the list, so that a decision has a list to look in.
  await suppressIdentifier(db, "someone-erased@example.org");
});

async function decide(contactId: string) {
  statements = 0;
  const { facts } = await loadContactDecisionInputs(counted, contactId);
  return { suppressed: facts.suppressed, suppressionId: facts.suppressionId ?? null, statements };
}

async function listVersion(): Promise<string> {
  const [{ version }] = await db.$queryRaw<{ version: string }[]>`
    SELECT "version"::text AS "version" FROM "SuppressionListVersion" WHERE id = 1`;
  return version;
}

describe("the suppression list's copy in memory", () => {
  it("answers as the database does, and counts a change to the list from the next decision on", async () => {
    const contact = await createContact(db);
    const address = contact.emails[0].normalised;

    await decide(contact.id);
    await suppressionCopySettled();
    // With a copy of the version the decision reads: one statement, and the same answer.
    expect(await decide(contact.id)).toEqual({ suppressed: false, suppressionId: null, statements: 1 });

    const entry = await suppressIdentifier(db, address);
    // The copy is of the version before: the entry is looked up in the database at once (the
    // decision's two statements), and a fresh copy is read beside it (the third).
    expect(await decide(contact.id)).toEqual({ suppressed: true, suppressionId: entry.id, statements: 3 });
    await suppressionCopySettled();
    expect(await decide(contact.id)).toEqual({ suppressed: true, suppressionId: entry.id, statements: 1 });

    await db.suppressionEntry.delete({ where: { id: entry.id } });
    expect(await decide(contact.id)).toEqual({ suppressed: false, suppressionId: null, statements: 3 });
    await suppressionCopySettled();
    expect(await decide(contact.id)).toEqual({ suppressed: false, suppressionId: null, statements: 1 });
  });

  it("gets a new version with every change to the list, and keeps it when the change is rolled back", async () => {
    const before = await listVersion();
    const entry = await suppressIdentifier(db, "another-erased@example.org");
    const afterInsert = await listVersion();
    expect(afterInsert).not.toBe(before);

    await db.suppressionEntry.update({
      where: { id: entry.id },
      data: { keyVersion: 2, hash: `${entry.hash}-rekeyed` },
    });
    const afterUpdate = await listVersion();
    expect(afterUpdate).not.toBe(afterInsert);

    await expect(
      db.$transaction(async (tx) => {
        await tx.suppressionEntry.delete({ where: { id: entry.id } });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    expect(await listVersion()).toBe(afterUpdate);
    expect(await db.suppressionEntry.count({ where: { id: entry.id } })).toBe(1);
  });
});
