/**
 * Prepared statements on PostgreSQL, reused per connection. Prisma sends the same SQL text for the
 * same query shape; named, a statement is parsed and planned once per pooled connection and then
 * only executed, and PostgreSQL may keep a generic plan for it (its plan cache, `plan_cache_mode`).
 * Unnamed, every execution is parsed and planned again: for one eligibility decision that was
 * about 40 % of PostgreSQL's CPU (1.6 of 4.1 ms), most of it planning the one statement that reads
 * a contact's facts. Prisma's own engine did the same before driver adapters (a statement cache of
 * 100 per connection).
 *
 * What keeps the cache bounded:
 *  - statements with more than MAX_NAMED_PARAMETERS parameters stay unnamed: a list of ids expands
 *    to one placeholder per id, and each length would be a statement of its own;
 *  - pooled connections are replaced after CONNECTION_LIFETIME_SECONDS (connect.ts), which drops
 *    what they prepared, and closed after CONNECTION_IDLE_SECONDS unused.
 *
 * The name is a digest of the text: the same text always gets the same name, and `pg` refuses a
 * name reused for a different text rather than run the wrong statement.
 */
import { createHash } from "node:crypto";
import type { SqlQuery } from "@prisma/driver-adapter-utils";

export const MAX_NAMED_PARAMETERS = 100;
export const CONNECTION_LIFETIME_SECONDS = 15 * 60;
/**
 * How long an unused pooled connection stays open. pg's default of ten seconds closed the
 * connections a burst had opened as soon as traffic settled, and the next burst paid for new ones:
 * a new PostgreSQL backend, and every statement parsed and planned again (custom plans for its first
 * five runs). Under a steady 200 API calls a second that churn was a burst of latency every few
 * seconds. Five minutes keeps a pool that traffic needs; an idle instance still gives its
 * connections back.
 */
export const CONNECTION_IDLE_SECONDS = 5 * 60;

export function statementName(query: Pick<SqlQuery, "sql" | "args">): string | undefined {
  if (query.args.length > MAX_NAMED_PARAMETERS) return undefined;
  return `g_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 32)}`;
}
