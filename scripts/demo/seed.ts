/**
 * `npm run demo:seed -- --contacts 100000` fills the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR) with demo data at that size (default 10,000), through set-based SQL:
 * see demo-data.ts for the mix. Refuses a database that already holds contacts, so it can never
 * mix invented people into a real CRM. With the embedded database, stop the server first.
 */
import { parseArgs } from "node:util";
import { readEnv } from "../../src/server/env-schema";
import { connectDatabase } from "../../src/server/db/connect";
import { seedDemoData } from "./demo-data";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { contacts: { type: "string", default: "10000" }, quiet: { type: "boolean", default: false } },
  strict: true,
});
const contacts = Number(values.contacts?.replace(/[_,.]/g, ""));
if (!Number.isInteger(contacts) || contacts < 1 || contacts > 20_000_000) {
  process.stderr.write("--contacts: give a whole number between 1 and 20,000,000\n");
  process.exit(2);
}

const env = readEnv(process.env);
const database = await connectDatabase(env.database);
try {
  const [{ n }] = await database.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Contact"`);
  if (n > 0) {
    process.stderr.write(`This database already holds ${n} contacts; demo data goes into an empty database only.\n`);
    process.exit(2);
  }
  const where = env.database.kind === "postgres" ? new URL(env.database.url).pathname.slice(1) : env.database.dataDir;
  process.stdout.write(`Seeding ${contacts.toLocaleString("en")} demo contacts into ${where} ...\n`);
  const t0 = performance.now();
  // One transaction: a seed that fails half-way leaves the database as it was.
  const seeded = await database.prisma.$transaction(
    (tx) =>
      seedDemoData((sql, params = []) => tx.$queryRawUnsafe(sql, ...params), {
        contacts,
        onStep: (step, ms) => {
          if (!values.quiet && ms > 500) process.stdout.write(`  ${step.padEnd(36)} ${(ms / 1000).toFixed(1)} s\n`);
        },
      }),
    { timeout: 24 * 3600_000, maxWait: 60_000 },
  );
  process.stdout.write(
    `Done: ${seeded.contacts.toLocaleString("en")} contacts, purposes ${seeded.purposes.join(", ")} in ${((performance.now() - t0) / 1000).toFixed(1)} s.\n`,
  );
} finally {
  await database.close();
}
