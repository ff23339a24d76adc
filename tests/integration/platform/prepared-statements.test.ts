import { describe, expect, it } from "vitest";
import type { TestDatabase } from "../../support/test-database";
import { testDb } from "../../support/db";
import { MAX_NAMED_PARAMETERS } from "@/server/db/statement-names";

/**
 * On PostgreSQL each pooled connection prepares a statement once and reuses it
 * (src/server/db/statement-names.ts); PostgreSQL lists what a connection prepared in
 * pg_prepared_statements. A transaction keeps one connection, so its own queries can be seen there.
 * The embedded database has no pool and prepares nothing by name: the same queries give the same
 * answers.
 */
const kind = () => (globalThis as unknown as { grondslagTestDb: TestDatabase }).grondslagTestDb.kind;

const preparedLike = (marker: string) =>
  `SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%${marker}%' AND statement NOT LIKE '%pg_prepared_statements%'`;

describe("prepared statements", () => {
  it("are prepared once per connection and then reused", async () => {
    const db = testDb();
    const { answers, prepared } = await db.$transaction(async (tx) => {
      const answers: number[] = [];
      for (const n of [1, 2, 3])
        answers.push(
          ...(await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT $1::int + 1 AS n /* reuse-marker */`, n)).map(
            (r) => r.n,
          ),
        );
      const prepared = await tx.$queryRawUnsafe<{ statement: string }[]>(preparedLike("reuse-marker"));
      return { answers, prepared };
    });
    expect(answers).toEqual([2, 3, 4]);
    expect(prepared).toHaveLength(kind() === "postgres" ? 1 : 0);
  });

  it("leave statements with a long parameter list unnamed, so each list length is not kept", async () => {
    const db = testDb();
    const count = MAX_NAMED_PARAMETERS + 1;
    const placeholders = Array.from({ length: count }, (_, i) => `$${i + 1}::int`).join(", ");
    const values = Array.from({ length: count }, (_, i) => i);
    const { rows, prepared } = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM unnest(ARRAY[${placeholders}]) /* long-list-marker */`,
        ...values,
      );
      const prepared = await tx.$queryRawUnsafe<{ statement: string }[]>(preparedLike("long-list-marker"));
      return { rows, prepared };
    });
    expect(rows[0].n).toBe(count);
    expect(prepared).toHaveLength(0);
  });
});
