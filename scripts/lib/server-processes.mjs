/**
 * How many server processes `npm start` runs on this machine.
 *
 * Node.js runs JavaScript on one core per process. On a PostgreSQL database the app keeps no state
 * in process memory (sessions are signed, leases, rate limits and the audit chain are in the
 * database), so the server can run one process per core, as separate instances do: the operating
 * system hands each new connection to one of them. A single process at 200 API calls a second is
 * busy most of the time, and any pause in it (a garbage collection, a background job's batch)
 * queues every request behind it; two processes halve that queue.
 *
 * The embedded database (PGlite) lives inside one process and its data folder can be opened by one
 * process only, so on PGlite there is always exactly one.
 *
 *   WEB_CONCURRENCY   the number of processes on PostgreSQL (default: one per core, at most 4;
 *                     each keeps up to 10 database connections)
 */
export const MAX_DEFAULT_PROCESSES = 4;

/** @returns {{ count: number } | { error: string }} */
export function serverProcesses(env, cores) {
  const onPostgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "");
  const raw = env.WEB_CONCURRENCY;
  if (raw !== undefined && raw !== "") {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 64)
      return { error: `WEB_CONCURRENCY must be a whole number from 1 to 64 (it is "${raw}").` };
    if (n > 1 && !onPostgres)
      return {
        error: `WEB_CONCURRENCY=${n} needs DATABASE_URL=postgresql://...: the embedded database can be opened by one process only.`,
      };
    return { count: n };
  }
  return { count: onPostgres ? Math.max(1, Math.min(cores, MAX_DEFAULT_PROCESSES)) : 1 };
}
