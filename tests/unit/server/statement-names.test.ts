import { describe, expect, it } from "vitest";
import { MAX_NAMED_PARAMETERS, statementName } from "@/server/db/statement-names";

const query = (sql: string, parameters = 1) => ({ sql, args: Array.from({ length: parameters }, (_, i) => i) });

describe("statement names for PostgreSQL's prepared statements", () => {
  it("are the same for the same text, whatever the values", () => {
    const sql = 'SELECT id FROM "Contact" WHERE id = $1';
    expect(statementName({ sql, args: ["a"] })).toBe(statementName({ sql, args: ["b"] }));
  });

  it("differ for different texts", () => {
    const a = statementName(query('SELECT id FROM "Contact" WHERE id = $1'));
    const b = statementName(query('SELECT id FROM "Company" WHERE id = $1'));
    expect(a).not.toBe(b);
  });

  it("fit PostgreSQL's 63-byte identifiers", () => {
    expect(statementName(query("SELECT 1".repeat(1000)))!.length).toBeLessThanOrEqual(63);
  });

  it("are left out for long parameter lists, where each length would be a statement of its own", () => {
    expect(statementName(query("SELECT $1", MAX_NAMED_PARAMETERS))).toBeDefined();
    expect(statementName(query("SELECT $1", MAX_NAMED_PARAMETERS + 1))).toBeUndefined();
  });
});
