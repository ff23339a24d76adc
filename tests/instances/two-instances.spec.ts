/**
 * Two production app instances on one PostgreSQL database share the background work safely.
 *
 * A scratch database gets the migrations and 11,000 contacts who may be mailed; two servers start
 * from the production build (`node scripts/serve.mjs`, what `npm start` and the end-to-end server
 * run), with one real SMTP server (tests/integration/mail/smtp-sink.ts) for both. Then, as users
 * would and while both are up: an administrator sets up the installation and creates an API key in
 * a browser; a campaign is sent from each instance's UI; two overlapping contact lists are uploaded
 * through the API at the same moment, one to each instance. The test polls until all of it is
 * done and checks:
 *  - every allowed recipient got exactly one message at the mail server, and nobody else got one;
 *  - no person was imported twice (each e-mail address belongs to one contact), and each import's
 *    counts add up, together as well as per file;
 *  - both instances did part of the work: each recipient row names the instance that sent it
 *    (CampaignRecipient.handledBy), each import chunk's audit event the instance that wrote it.
 *
 * Why two campaigns: a campaign, like an import, is the unit one instance leases and works through
 * to the end (src/features/campaigns/services/campaign-lease.ts); a second instance takes the next
 * unit, not part of the same one. Each instance's campaign worker holds one campaign at a time, so
 * with two campaigns queued both instances send. Which instance takes which import is left to the
 * workers and reported, not asserted.
 *
 * Sizes (environment): SCALE_TEST_CONTACTS contacts who may be mailed (11,000), of whom
 * SCALE_TEST_CAMPAIGN_SIZE per campaign (5,000) are in the two audiences: 10,000 recipients in all;
 * and SCALE_TEST_IMPORT_ROWS rows per file (3,000). The campaign size is what the run time follows:
 * each campaign is set to the highest sending rate a campaign may have (10,000 a minute), and each
 * instance sends over two kept-open SMTP connections, about 120 messages a second here, so the
 * campaigns take under a minute. SCALE_TEST_CONTACTS must be at least twice the campaign size
 * plus 1,000 (the merges).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { applyMigrations } from "../../src/server/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { startSmtpSink } from "../integration/mail/smtp-sink";

const root = path.resolve(import.meta.dirname, "..", "..");
const SERVER_URL = process.env.TEST_DATABASE_URL ?? "";
const CONTACTS = Number(process.env.SCALE_TEST_CONTACTS ?? 11_000);
const CAMPAIGN_SIZE = Number(process.env.SCALE_TEST_CAMPAIGN_SIZE ?? 5_000);
const IMPORT_ROWS = Number(process.env.SCALE_TEST_IMPORT_ROWS ?? 3_000);
/** Contacts in each campaign's company who may not be mailed (no consent): they must get nothing. */
const BLOCKED_PER_CAMPAIGN = 25;
/** Per file: rows matching a seeded contact (merged), new people who are in both files, rows
 *  without a valid address (refused), and rows repeating a person earlier in the same file. */
const MERGE_ROWS = 500;
const SHARED_ROWS = 1_000;
const REFUSED_ROWS = 15;
const REPEATED_ROWS = 10;
const AUTH_SECRET = randomBytes(32).toString("base64url");
const ADMIN = { name: "Bea Beheer", email: "beheer@schaal.test", password: "correct horse battery staple" };

type Instance = { label: string; url: string; process: ChildProcess; output: string[] };
const CAMPAIGNS = [
  { name: "Schaalproef Noord", company: "Noord Schaalproef", subject: "Nieuws voor Noord" },
  { name: "Schaalproef Zuid", company: "Zuid Schaalproef", subject: "Nieuws voor Zuid" },
] as const;

let scratch: ScratchDatabase | undefined;
let sql: pg.Client | undefined;
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
const instances: Instance[] = [];

let finished = false;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  expect(SERVER_URL, "TEST_DATABASE_URL must name a PostgreSQL server where databases may be created").not.toBe("");
  expect(existsSync(path.join(root, ".next", "BUILD_ID")), "no production build: run `npm run build` first").toBe(true);
  expect(CONTACTS, "SCALE_TEST_CONTACTS is too small for the audiences and merges").toBeGreaterThanOrEqual(
    2 * CAMPAIGN_SIZE + 2 * MERGE_ROWS,
  );
  scratch = await createScratchDatabase(SERVER_URL, "grondslag_instances");
  sql = new pg.Client({ connectionString: scratch.url });
  await sql.connect();
  await applyMigrations({
    query: async (text, params) => (await sql!.query(text, params)).rows,
    exec: async (text) => void (await sql!.query(text)),
  });
  await seed(sql);
  sink = await startSmtpSink();
  const ports = [await freePort(), await freePort()];
  // Started together, as a deployment would; each opens the database and starts its workers.
  instances.push(
    ...(await Promise.all(ports.map((port, i) => startInstance(i === 0 ? "A" : "B", port, scratch!.url, sink!.url)))),
  );
});

test.afterAll(async () => {
  await Promise.all(instances.map(stopInstance));
  if (!finished)
    for (const i of instances) console.log(`--- instance ${i.label} (last output) ---\n${i.output.join("")}`);
  await sql?.end();
  await sink?.close();
  await scratch?.drop();
});

test("two instances on one database: every allowed recipient mailed once, nobody imported twice, both did part of the work", async ({
  browser,
}) => {
  const [a, b] = instances;
  const page = await englishPage(browser);

  const apiKey = await test.step("an administrator sets up the installation and creates an API key (instance A)", () =>
    setUpAndCreateKey(page, a));

  await test.step("a campaign is sent from each instance's UI", async () => {
    await sendCampaignFromUi(page, a, CAMPAIGNS[0]);
    await sendCampaignFromUi(page, b, CAMPAIGNS[1]);
  });

  const files = importFiles();
  const batchIds = await test.step("two overlapping lists are uploaded at the same moment, one to each instance", () =>
    Promise.all(files.map((file, i) => uploadImport(instances[i], apiKey, file.csv))));

  await test.step("wait until both imports and both campaigns are done", async () => {
    // Each import is polled on the other instance than the one it was uploaded to.
    for (const [i, id] of batchIds.entries()) {
      const other = instances[1 - i];
      await expect
        .poll(async () => (await getImport(other, apiKey, id)).status, { timeout: 300_000, intervals: [1_000] })
        .toBe("done");
    }
    await expect
      .poll(
        async () =>
          (await sql!.query(`SELECT status FROM "Campaign" ORDER BY name`)).rows.map((r) => r.status as string),
        { timeout: 900_000, intervals: [2_000] },
      )
      .toEqual(["sent", "sent"]);
  });

  await test.step("every allowed recipient got exactly one message, nobody else got one", async () => {
    const subjects = new Set<string>(CAMPAIGNS.map((c) => c.subject));
    const received = sink!.received.filter((m) => subjects.has(m.headers.get("subject") ?? ""));
    const perAddress = new Map<string, number>();
    for (const m of received) for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    const allowed = allowedAddresses();
    expect([...perAddress.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect([...perAddress.keys()].sort()).toEqual([...allowed].sort());
    expect(received).toHaveLength(allowed.size);
    // The database agrees: every allowed row sent, every other row blocked, nothing pending or failed.
    const rows = await sql!.query(
      `SELECT c.name, r.status::text AS status, count(*)::int AS n FROM "CampaignRecipient" r
       JOIN "Campaign" c ON c.id = r."campaignId" GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows.rows).toEqual(
      CAMPAIGNS.flatMap((c) => [
        { name: c.name, status: "blocked", n: BLOCKED_PER_CAMPAIGN },
        { name: c.name, status: "sent", n: CAMPAIGN_SIZE },
      ]),
    );
  });

  const imports = await test.step("nobody was imported twice, and the import counts add up", async () => {
    const duplicates = await sql!.query(
      `SELECT normalised, count(DISTINCT "contactId")::int AS contacts FROM "EmailAddress"
       GROUP BY normalised HAVING count(DISTINCT "contactId") > 1 LIMIT 10`,
    );
    expect(duplicates.rows).toEqual([]);
    const newPeople = new Set(files.flatMap((f) => f.newAddresses));
    const contacts = await sql!.query(`SELECT count(*)::int AS n FROM "Contact"`);
    expect(contacts.rows[0].n).toBe(CONTACTS + 2 * BLOCKED_PER_CAMPAIGN + newPeople.size);
    const companies = await sql!.query(`SELECT count(*)::int AS n FROM "Company" WHERE name = 'Beurs Expo'`);
    expect(companies.rows[0].n).toBe(1);

    const batches = await Promise.all(batchIds.map((id, i) => getImport(instances[i], apiKey, id)));
    for (const [i, batch] of batches.entries()) {
      expect(batch).toMatchObject({ status: "done", dryRun: false, total: files[i].rows, suppressed: 0 });
      expect(batch.refused).toBe(REFUSED_ROWS);
      expect(batch.created + batch.merged + batch.suppressed + batch.refused).toBe(batch.total);
    }
    const sum = (k: "created" | "merged") => batches.reduce((n, x) => n + x[k], 0);
    // Which file created the people both contain depends on whose chunk committed first; together
    // they created each new person once and merged every other row.
    expect(sum("created")).toBe(newPeople.size);
    expect(sum("merged")).toBe(files.reduce((n, f) => n + f.rows - REFUSED_ROWS, 0) - newPeople.size);

    // Every line of each file was committed by exactly one chunk.
    const chunks = await sql!.query<{ batch: string; instance: string; from: number; to: number }>(
      `SELECT "targetId" AS batch, metadata->>'instance' AS instance, (metadata->>'fromLine')::int AS from,
         (metadata->>'toLine')::int AS to FROM "AuditEvent" WHERE action = 'import.rows_committed' ORDER BY seq`,
    );
    for (const [i, id] of batchIds.entries()) {
      const ranges = chunks.rows.filter((c) => c.batch === id).sort((x, y) => x.from - y.from);
      expect(ranges[0].from).toBe(2);
      expect(ranges[ranges.length - 1].to).toBe(files[i].rows + 1);
      for (let k = 1; k < ranges.length; k++) expect(ranges[k].from).toBe(ranges[k - 1].to + 1);
    }
    return chunks.rows;
  });

  await test.step("both instances did part of the work", async () => {
    const sent = await sql!.query<{ campaign: string; instance: string | null; n: number; seconds: number }>(
      `SELECT c.name AS campaign, r."handledBy" AS instance, count(*)::int AS n,
         round(extract(epoch FROM max(r."sentAt") - min(r."sentAt")))::int AS seconds
       FROM "CampaignRecipient" r JOIN "Campaign" c ON c.id = r."campaignId"
       WHERE r.status = 'sent' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const work = [
      ...sent.rows.map((r) => ({
        instance: labelOf(r.instance),
        n: r.n,
        work: `${r.campaign}: messages sent (first to last ${r.seconds} s)`,
      })),
      ...imports.map((c) => ({
        instance: labelOf(c.instance),
        n: c.to - c.from + 1,
        work: `import ${batchIds.indexOf(c.batch) + 1} (uploaded to ${instances[batchIds.indexOf(c.batch)].label}): lines ${c.from}-${c.to}`,
      })),
    ];
    const table = work.map((w) => `  instance ${w.instance}  ${String(w.n).padStart(6)}  ${w.work}`).join("\n");
    console.log(`Work done per instance:\n${table}`);
    test.info().annotations.push({ type: "work per instance", description: table });
    // Every piece names an instance, and both instances sent messages.
    expect(work.filter((w) => w.instance === "?")).toEqual([]);
    expect([...new Set(sent.rows.map((r) => labelOf(r.instance)))].sort()).toEqual(["A", "B"]);
  });
  finished = true;
});

/**
 * "A" or "B" for an instance id (host:pid:tag): the instance whose server started that process
 * (scripts/serve.mjs supervises its server processes), or is it; "?" for one that is neither.
 */
function labelOf(instance: string | null): string {
  const pid = Number(instance?.split(":").at(-2));
  return instances.find((i) => i.process.pid === pid || i.process.pid === parentOf(pid))?.label ?? "?";
}

/** The parent of a running process (Linux /proc; the command name may hold spaces, hence the last ")"). */
function parentOf(pid: number): number | null {
  if (!existsSync(`/proc/${pid}/stat`)) return null;
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/**
 * Set-based seeding (the way bench/_seed-audience.ts makes rows): CONTACTS people with a personal
 * e-mail address and a double opt-in consent for the newsletter. The first CAMPAIGN_SIZE work at
 * the northern company, the next CAMPAIGN_SIZE at the southern one, the rest elsewhere; each of the
 * two companies also has people without consent.
 */
async function seed(client: pg.Client) {
  const q = (text: string, params: unknown[] = []) => client.query(text, params);
  const purpose = await q(
    `INSERT INTO "Purpose" (id, key, "nameNl", "nameEn", "directMarketing", channels, "updatedAt")
     VALUES (gen_random_uuid(), 'schaal-nieuws', 'Nieuwsbrief', 'Newsletter', true, '{email}', now()) RETURNING id`,
  );
  const purposeId = purpose.rows[0].id as string;
  await q(
    `INSERT INTO "PurposeNotice" (id, "purposeId", version, "textNl", "textEn")
     VALUES (gen_random_uuid(), $1, 1, 'Wij sturen u onze nieuwsbrief.', 'We send you our newsletter.')`,
    [purposeId],
  );
  await q(`INSERT INTO "Company" (id, name, "legalForm", "updatedAt") VALUES
     (gen_random_uuid(), '${CAMPAIGNS[0].company} BV', 'bv', now()),
     (gen_random_uuid(), '${CAMPAIGNS[1].company} BV', 'bv', now()),
     (gen_random_uuid(), 'Overig Handel BV', 'bv', now())`);
  // n 1..2*BLOCKED: without consent, alternately at the two companies; then CAMPAIGN_SIZE mailable
  // people at each of the two; then the rest of the CONTACTS mailable people elsewhere.
  const blocked = 2 * BLOCKED_PER_CAMPAIGN;
  await q(
    `CREATE TEMP TABLE seed AS
     SELECT g AS n, gen_random_uuid() AS id, g > $1::int AS mailable,
       CASE WHEN g <= $1::int THEN CASE WHEN g % 2 = 0 THEN $4::text ELSE $5::text END
            WHEN g <= $2::int THEN $4::text WHEN g <= $3::int THEN $5::text ELSE 'Overig Handel' END || ' BV' AS company
     FROM generate_series(1, $6::int) g`,
    [
      blocked,
      blocked + CAMPAIGN_SIZE,
      blocked + 2 * CAMPAIGN_SIZE,
      CAMPAIGNS[0].company,
      CAMPAIGNS[1].company,
      blocked + CONTACTS,
    ],
  );
  await q(`INSERT INTO "Contact" (id, "firstName", "lastName", "companyId", "sourceType", "sourceDetail", "collectedAt", "searchName", "createdAt", "updatedAt")
     SELECT s.id, 'Voornaam' || s.n, 'Achternaam' || s.n, co.id, 'web_form', 'nieuwsbrief-aanmelding',
       now() - interval '30 days', lower('voornaam' || s.n || ' achternaam' || s.n || ' ' || co.name),
       now() - interval '30 days', now()
     FROM seed s JOIN "Company" co ON co.name = s.company`);
  await q(`INSERT INTO "EmailAddress" (id, "contactId", address, normalised, kind)
     SELECT gen_random_uuid(), s.id, 'lid' || s.n || '@schaal.example', 'lid' || s.n || '@schaal.example', 'personal'
     FROM seed s`);
  await q(
    `INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", channels, action, method, "effectiveAt", "recordedAt")
     SELECT gen_random_uuid(), s.id, $1::uuid, '{email}', 'granted', 'double_opt_in',
       now() - interval '20 days', now() - interval '20 days'
     FROM seed s WHERE s.mailable`,
    [purposeId],
  );
  await q(`ANALYZE`);
}

/** The addresses the two campaigns may mail: the mailable people of the two companies. */
function allowedAddresses(): Set<string> {
  const first = 2 * BLOCKED_PER_CAMPAIGN + 1;
  return new Set(Array.from({ length: 2 * CAMPAIGN_SIZE }, (_, i) => `lid${first + i}@schaal.example`));
}

/**
 * Two lists from the same trade fair, uploaded by two colleagues at once. Each starts with the same
 * SHARED_ROWS new people (so that both imports meet them in their first chunk), then people already
 * known (merged), its own new people, a few rows repeating one of its own earlier people (merged
 * into the contact the file just created), and rows without a valid address (refused).
 */
function importFiles() {
  const mergeFrom = 2 * BLOCKED_PER_CAMPAIGN + 2 * CAMPAIGN_SIZE + 1;
  return ["noord", "zuid"].map((region, f) => {
    const lines = ["Voornaam,Achternaam,E-mail,Bedrijf"];
    const newAddresses: string[] = [];
    const person = (first: string, last: string, email: string) => lines.push(`${first},${last},${email},Beurs Expo`);
    for (let i = 0; i < SHARED_ROWS; i++) {
      person("Gedeeld", `Bezoeker${i}`, `gedeeld.${i}@beurs.example`);
      newAddresses.push(`gedeeld.${i}@beurs.example`);
    }
    for (let i = 0; i < MERGE_ROWS; i++) {
      const n = mergeFrom + f * MERGE_ROWS + i;
      person(`Voornaam${n}`, `Achternaam${n}`, `lid${n}@schaal.example`);
    }
    const own = IMPORT_ROWS - SHARED_ROWS - MERGE_ROWS - REPEATED_ROWS - REFUSED_ROWS;
    for (let i = 0; i < own; i++) {
      person("Eigen", `${region}${i}`, `${region}.${i}@beurs.example`);
      newAddresses.push(`${region}.${i}@beurs.example`);
    }
    for (let i = 0; i < REPEATED_ROWS; i++) person("Eigen", `${region}${i}`, `${region}.${i}@beurs.example`);
    for (let i = 0; i < REFUSED_ROWS; i++) person("Zonder", `Adres${i}`, `geen-adres-${region}-${i}`);
    return { csv: lines.join("\r\n") + "\r\n", rows: lines.length - 1, newAddresses };
  });
}

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);
  return context.newPage();
}

/** First run: the setup page creates the administrator (signed in at once), who creates a key. */
async function setUpAndCreateKey(page: Page, instance: Instance): Promise<string> {
  await page.goto(`${instance.url}/`);
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("E-mail address").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await page.goto(`${instance.url}/admin/api-keys`);
  const form = page.getByRole("form", { name: "Create a key" });
  await form.getByLabel("Name").fill("Beurslijsten");
  await form.getByRole("checkbox", { name: /contacts:write/ }).check();
  await form.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByTestId("secret-once");
  await expect(shown).toHaveValue(/^grd_/);
  return shown.inputValue();
}

/**
 * Builds the campaign on this instance's pages and sends it. The session cookie is signed with the
 * shared AUTH_SECRET, so the other instance accepts it as well.
 */
async function sendCampaignFromUi(page: Page, instance: Instance, c: (typeof CAMPAIGNS)[number]) {
  await page.goto(`${instance.url}/campaigns/new`);
  const form = page.getByRole("form", { name: "New campaign" });
  await form.getByLabel("Name", { exact: true }).fill(c.name);
  await form.getByLabel("Purpose", { exact: true }).selectOption({ label: "Newsletter" });
  await form.getByLabel("Subject", { exact: true }).fill(c.subject);
  await form.getByLabel("Text", { exact: true }).fill("Beste lezer,\n\nHier is ons nieuws.");
  await form.getByLabel("Company name contains").fill(c.company);
  // As fast as a campaign may go: the organisation's default pace (600 a minute) would make this
  // test about sending speed's limit, not about two instances sharing the work.
  await form.getByLabel("Sending rate (messages per minute)").fill("10000");
  await form.getByRole("button", { name: "Save campaign" }).click();
  await expect(page.getByRole("heading", { name: c.name })).toBeVisible();
  const preview = page.getByTestId("audience-preview");
  await expect(preview.getByTestId("preview-total")).toHaveText(String(CAMPAIGN_SIZE + BLOCKED_PER_CAMPAIGN));
  await expect(preview.getByTestId("preview-in")).toHaveText(String(CAMPAIGN_SIZE));
  await page.getByRole("button", { name: `Send (${CAMPAIGN_SIZE})` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, send" }).click();
  await expect(page.getByTestId("campaign-progress")).toBeVisible();
}

async function uploadImport(instance: Instance, apiKey: string, csv: string): Promise<string> {
  const response = await fetch(`${instance.url}/api/v1/imports?source=event&sourceDetail=Vakbeurs%20Schaal%202026`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "text/csv" },
    body: csv,
  });
  expect(response.status, await response.clone().text()).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

type ApiImport = {
  status: string;
  dryRun: boolean;
  total: number | null;
  created: number;
  merged: number;
  suppressed: number;
  refused: number;
};

async function getImport(instance: Instance, apiKey: string, id: string): Promise<ApiImport> {
  const response = await fetch(`${instance.url}/api/v1/imports/${id}`, {
    headers: { Authorization: `Bearer ${apiKey}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ApiImport;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** One production instance: the server `npm start` runs, on the shared database and mail server. */
async function startInstance(label: string, port: number, databaseUrl: string, smtpUrl: string): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_MANUAL_SIG_HANDLE: "1",
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(tmpdir(), `grondslag-instance-${label}-${port}`),
    AUTH_SECRET,
    APP_URL: url,
    SMTP_URL: smtpUrl,
    MAIL_FROM: "Grondslag <nieuws@schaal.test>",
    LOG_LEVEL: "warn",
    // One server process each: each instance's campaign worker then holds one of the two
    // campaigns, so both instances send (with two processes, one instance could take both).
    WEB_CONCURRENCY: "1",
  };
  const child = spawn(
    process.execPath,
    [path.join(root, "scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const instance: Instance = { label, url, process: child, output: [] };
  const keep = (chunk: Buffer) => {
    instance.output.push(chunk.toString("utf8"));
    if (instance.output.length > 200) instance.output.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  for (const deadline = Date.now() + 180_000; ; await new Promise((r) => setTimeout(r, 500))) {
    if (child.exitCode !== null)
      throw new Error(`instance ${label} exited (${child.exitCode}):\n${instance.output.join("")}`);
    const status = await fetch(`${url}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return instance;
    if (Date.now() > deadline)
      throw new Error(`instance ${label} did not become healthy:\n${instance.output.join("")}`);
  }
}

async function stopInstance(instance: Instance) {
  const child = instance.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
