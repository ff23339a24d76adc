import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createContact } from "../../factories/contacts";

/**
 * A transaction on PostgreSQL holds one connection, and `pg` warns (pg 9 will refuse) when a query
 * is handed to a connection that has not answered the one before. Prisma hands over several at once
 * when it loads the relations of an `include`, and so does a `Promise.all` over `tx`; the database
 * layer (src/server/db/one-query-at-a-time.ts) lets them through one at a time. Here every query a
 * `pg` client is given is watched: none may arrive while that client is still busy. On the embedded
 * database there is no `pg` client, and the same transaction must give the same answers.
 */
const clientQuery = pg.Client.prototype.query;
afterEach(() => {
  pg.Client.prototype.query = clientQuery;
});

/** Counts queries handed to a `pg` client while it was still busy with an earlier one. */
function watchClients() {
  const busy = new WeakMap<object, number>();
  const seen = { queries: 0, overlapping: 0 };
  pg.Client.prototype.query = function (this: object, ...args: unknown[]) {
    seen.queries++;
    if ((busy.get(this) ?? 0) > 0) seen.overlapping++;
    const result = (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
    if (!(result instanceof Promise)) return result; // callback form (the pool's own queries)
    busy.set(this, (busy.get(this) ?? 0) + 1);
    const done = () => busy.set(this, busy.get(this)! - 1);
    return result.finally(done);
  } as typeof clientQuery;
  return seen;
}

describe("queries inside a transaction", () => {
  it("reach the connection one at a time, with the same answers", async () => {
    const db = testDb();
    const contact = await createContact(db, { phones: [{ kind: "mobile" }], emails: [{}, {}] });
    const seen = watchClients();

    const [loaded, counts] = await db.$transaction(async (tx) =>
      Promise.all([
        // Prisma loads these relations with one query each, all at once.
        tx.contact.findUniqueOrThrow({
          where: { id: contact.id },
          include: { company: true, emails: true, phones: true, sources: true, consents: true, notices: true },
        }),
        Promise.all([
          tx.emailAddress.count({ where: { contactId: contact.id } }),
          (async () => {
            await Promise.resolve();
            return tx.phoneNumber.count({ where: { contactId: contact.id } });
          })(),
          tx.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`,
        ]),
      ]),
    );

    expect(loaded.emails).toHaveLength(2);
    expect(loaded.phones).toHaveLength(1);
    expect(loaded.company?.id).toBe(contact.companyId);
    expect(counts).toEqual([2, 1, [{ n: 1 }]]);
    if (process.env.TEST_DATABASE_URL) expect(seen.queries).toBeGreaterThan(8);
    expect(seen.overlapping).toBe(0);
  });

  it("still roll back together when one of them fails", async () => {
    const db = testDb();
    const contact = await createContact(db);
    await expect(
      db.$transaction(async (tx) => {
        await tx.contact.update({ where: { id: contact.id }, data: { jobTitle: "Inkoper" } });
        await Promise.all([
          tx.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { emails: true, phones: true } }),
          tx.$queryRaw`SELECT 1 / 0`,
        ]);
      }),
    ).rejects.toThrow();
    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).jobTitle).not.toBe("Inkoper");
  });
});
