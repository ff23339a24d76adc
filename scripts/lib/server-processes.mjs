/**
 * How many server processes `npm start` runs.
 *
 * Node.js runs JavaScript on one core per process. On a PostgreSQL database the app keeps no state
 * in process memory (sessions are signed, leases, rate limits and the audit chain are in the
 * database), so the server can run several processes, as separate instances do: the operating
 * system hands each new connection to one of them.
 *
 * One is the default, because on the small machine most installations start on, with PostgreSQL on
 * the same cores, a second process did not pay: measured on two cores, the public pages cost about
 * a quarter more CPU per request with two processes than with one, and their p99 at 100 requests a
 * second was higher; only the tail of the cheap eligibility call at 200 a second was lower (see the
 * README's Performance section). Where the database has cores of its own, set WEB_CONCURRENCY to
 * the number of cores.
 *
 * The embedded database (PGlite) lives inside one process and its data folder can be opened by one
 * process only, so on PGlite there is always exactly one.
 *
 *   WEB_CONCURRENCY   the number of processes on PostgreSQL (default 1; each keeps up to 10
 *                     database connections)
 */

/** @returns {{ count: number } | { error: string }} */
export function serverProcesses(env) {
  const onPostgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "");
  const raw = env.WEB_CONCURRENCY;
  if (raw === undefined || raw === "") return { count: 1 };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    return { error: `WEB_CONCURRENCY must be a whole number from 1 to 64 (it is "${raw}").` };
  if (n > 1 && !onPostgres)
    return {
      error: `WEB_CONCURRENCY=${n} needs DATABASE_URL=postgresql://...: the embedded database can be opened by one process only.`,
    };
  return { count: n };
}
