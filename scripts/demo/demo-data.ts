/**
 * Demo data at any size, written with set-based SQL (INSERT ... SELECT over a numbered list of
 * contacts), so that a million contacts take minutes rather than hours and the same statements run
 * on PostgreSQL and on the embedded database. Every figure of `npm run bench` is measured on this
 * data, so the benches and anyone trying the product at scale look at the same mix.
 *
 * The mix is that of a Dutch B2B CRM after three years: companies of every legal form and private
 * persons; personal, generic (info@, shared by colleagues) and designated commercial addresses;
 * mobile, direct and switchboard numbers; postal addresses; consent histories per purpose with
 * grants by every method, withdrawals, renewed grants, corrections and invalidations, phone consent
 * confirmed in writing or not, "consent" that came with a purchased list; customers (running,
 * ended, one-time, unpaid trials); recorded legal bases; objections (some withdrawn); restrictions
 * (some lifted); channel opt-outs; suppression-list entries of erased people; data-subject
 * requests in every state; draft campaigns.
 *
 * Randomness is deterministic: every choice is a hash of the contact's number and a salt, so two
 * runs with the same size give the same shape (not the same ids). Ids are time-ordered UUIDs
 * (version 7) taken from the moment the record was made, like the app's own ids, so that id order
 * is creation order as in a real database.
 */

/** Runs one statement and returns its rows (none for most statements). */
export type Run = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
export type DemoOptions = { contacts: number; now?: Date; onStep?: (step: string, ms: number) => void };

/** A per-mille draw (0..999) for contact number `n`, independent for each salt. */
const r = (salt: number, n = "s.n") => `((hashint8(${n}::bigint * 7919 + ${salt}) & 2147483647) % 1000)`;
/** A fraction in [0, 1) with finer grain, for instants. */
const f = (salt: number, n = "s.n") =>
  `(((hashint8(${n}::bigint * 104729 + ${salt}) & 2147483647) % 1000000) / 1000000.0)`;
/** An instant between `from` and `to` (SQL expressions), at the fraction drawn with `salt`. */
const between = (from: string, to: string, salt: number, n = "s.n") =>
  `((${from}) + ((${to}) - (${from})) * ${f(salt, n)})`;
/** Pick from a SQL array literal by a draw. */
const pick = (values: string[], salt: number, n = "s.n") =>
  `(ARRAY[${values.map((v) => `'${v}'`).join(",")}])[1 + ((hashint8(${n}::bigint * 31 + ${salt}) & 2147483647) % ${values.length})]`;

const FIRST = [
  "Anna",
  "Bram",
  "Chantal",
  "Daan",
  "Eva",
  "Fleur",
  "Gijs",
  "Hanna",
  "Iris",
  "Jeroen",
  "Kim",
  "Lars",
  "Maaike",
  "Niels",
  "Olga",
  "Pieter",
  "Quinten",
  "Roos",
  "Sander",
  "Tessa",
  "Umut",
  "Vera",
  "Willem",
  "Yara",
  "Zoë",
  "Ahmed",
  "Fatima",
  "Jan",
  "Marieke",
  "Sanne",
  "Thijs",
  "Lotte",
  "Ruben",
  "Sophie",
  "Mohamed",
  "Noa",
];
const LAST = [
  "de Jong",
  "Jansen",
  "de Vries",
  "van den Berg",
  "van Dijk",
  "Bakker",
  "Janssen",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smits",
  "de Graaf",
  "van der Meer",
  "Kaya",
  "Yılmaz",
  "El Amrani",
  "Wouters",
  "Kok",
];
const CITIES = ["Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Arnhem", "Breda"];
const JOBS = ["Inkoper", "Directeur", "Office manager", "Marketingmanager", "Eigenaar", "Projectleider", "Adviseur"];

const PURPOSES = [
  {
    key: "newsletter",
    nl: "Nieuwsbrief",
    en: "Newsletter",
    dm: true,
    channels: "{email,sms,phone,post}",
    similar: true,
  },
  { key: "events", nl: "Evenementen", en: "Events", dm: true, channels: "{email}", similar: false },
  { key: "sales_calls", nl: "Verkoopgesprekken", en: "Sales calls", dm: true, channels: "{phone}", similar: false },
  { key: "product_updates", nl: "Productnieuws", en: "Product news", dm: true, channels: "{email,sms}", similar: true },
  { key: "service", nl: "Servicebericht", en: "Service messages", dm: false, channels: "{email,post}", similar: false },
];

/** Tables filled in bulk: their secondary indexes are built once at the end, which is many times
 *  faster than updating them row by row (the trigram index on names above all). */
const BULK_TABLES = [
  "Company",
  "Contact",
  "EmailAddress",
  "PhoneNumber",
  "PostalAddress",
  "ConsentRecord",
  "ConsentEvidenceEvent",
  "CustomerRelationship",
  "LegalBasisRecord",
  "Objection",
  "Restriction",
  "ChannelOptOut",
  "ContactNote",
  "DataSubjectRequest",
  "RequestContact",
  "SuppressionEntry",
  "Campaign",
];

/** Fills the database. Run it inside one transaction: a failed seed then leaves nothing behind. */
export async function seedDemoData(run: Run, opts: DemoOptions): Promise<{ contacts: number; purposes: string[] }> {
  const n = Math.max(1, Math.floor(opts.contacts));
  const now = (opts.now ?? new Date()).toISOString();
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    await run(sql, params);
    opts.onStep?.(name, performance.now() - t0);
  };
  const NOW = `'${now}'::timestamptz`;

  await step("settings", `SET LOCAL maintenance_work_mem = '256MB'`);
  // Secondary (non-unique) indexes of the bulk tables are set aside and rebuilt at the end;
  // unique ones stay, the inserts rely on them (ON CONFLICT).
  const indexes = (await run(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace ns ON ns.oid = t.relnamespace
     WHERE ns.nspname = current_schema() AND NOT x.indisunique AND NOT x.indisprimary AND t.relname = ANY($1::text[])`,
    [BULK_TABLES],
  )) as { name: string; definition: string }[];
  for (const ix of indexes) await step("set indexes aside", `DROP INDEX "${ix.name}"`);
  // Foreign keys likewise: checked row by row they cost more than the inserts; added back at the
  // end, each is validated by one set-based query (and the seed fails if one does not hold).
  const foreignKeys = (await run(
    `SELECT t.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
     WHERE ns.nspname = current_schema() AND c.contype = 'f' AND t.relname = ANY($1::text[])`,
    [BULK_TABLES],
  )) as { table: string; name: string; definition: string }[];
  for (const fk of foreignKeys)
    await step("set foreign keys aside", `ALTER TABLE "${fk.table}" DROP CONSTRAINT "${fk.name}"`);

  // A version-7 UUID for an instant: 48 bits of milliseconds, the version and variant bits, and
  // random bits (like the app's ids). Built from random() rather than gen_random_uuid(): the same
  // shape at half the cost, and ids need no cryptographic randomness.
  await step(
    "helpers",
    `CREATE OR REPLACE FUNCTION demo_uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
      SELECT encode(substring(int8send(floor(extract(epoch FROM ts) * 1000)::bigint) FROM 3)
        || int2send((28672 + floor(random() * 4096))::int2) || int2send((-32768 + floor(random() * 16384))::int2)
        || int4send(floor(random() * 4294967296 - 2147483648)::int4) || int2send(floor(random() * 65536 - 32768)::int2), 'hex')::uuid
    $$`,
  );
  await step(
    "settings",
    `UPDATE "OrganisationSettings" SET "organisationName" = 'Demo Handel B.V.', "controllerEmail" = 'privacy@demo.example',
      "controllerAddress" = 'Stationsplein 1, 3511 ED Utrecht', "controllerPhone" = '+31301234567',
      "privacyPolicyUrl" = 'https://demo.example/privacy', "updatedAt" = now() WHERE id = 1`,
  );
  for (const p of PURPOSES) {
    await step(
      `purpose ${p.key}`,
      `INSERT INTO "Purpose" (id, key, "nameNl", "nameEn", "directMarketing", channels, "similarProductsOnly", "updatedAt", "createdAt")
       VALUES (demo_uuid7(${NOW} - interval '3 years'), $1, $2, $3, $4, $5::"Channel"[], $6, now(), ${NOW} - interval '3 years')
       ON CONFLICT (key) DO NOTHING`,
      [p.key, p.nl, p.en, p.dm, p.channels, p.similar],
    );
    await step(
      `notice ${p.key}`,
      `INSERT INTO "PurposeNotice" (id, "purposeId", version, "textNl", "textEn", "createdAt")
       SELECT demo_uuid7(${NOW} - interval '3 years'), id, 1, 'Wij gebruiken uw gegevens voor: ' || "nameNl" || '.',
         'We use your data for: ' || "nameEn" || '.', ${NOW} - interval '3 years'
       FROM "Purpose" WHERE key = $1 ON CONFLICT ("purposeId", version) DO NOTHING`,
      [p.key],
    );
  }

  const companies = Math.max(1, Math.round(n / 40));
  await step(
    "companies",
    `INSERT INTO "Company" (id, name, "legalForm", "kvkNumber", website, "generalPhone", "generalEmail", "createdAt", "updatedAt")
     SELECT demo_uuid7(t.created), 'Bedrijf ' || s.n || ' ' || (ARRAY['Handel','Techniek','Zorg','Advies','Bouw','Media'])[1 + s.n % 6],
       t.form::"LegalForm", lpad((10000000 + s.n)::text, 8, '0'), 'https://bedrijf' || s.n || '.example',
       '+3130' || lpad((s.n % 10000000)::text, 7, '0'), 'info@bedrijf' || s.n || '.example', t.created, t.created
     FROM generate_series(1, ${companies}) AS s(n)
     CROSS JOIN LATERAL (SELECT ${between(`${NOW} - interval '4 years'`, `${NOW} - interval '30 days'`, 1)} AS created,
       (ARRAY['bv','bv','bv','bv','nv','stichting','stichting','vereniging','cooperatie','eenmanszaak','eenmanszaak','vof','maatschap','other'])
         [1 + ((hashint8(s.n::bigint * 31 + 2) & 2147483647) % 14)] AS form) t`,
  );
  await step("company numbering", `DROP TABLE IF EXISTS demo_company`);
  await step(
    "company numbering",
    `CREATE UNLOGGED TABLE demo_company AS SELECT row_number() OVER (ORDER BY id) AS k, id, "legalForm"::text AS form FROM "Company"`,
  );
  await step("company numbering", `CREATE UNIQUE INDEX ON demo_company (k)`);

  // The numbered contacts every later statement draws from.
  await step("contact numbering", `DROP TABLE IF EXISTS demo_contact`);
  await step(
    "contact numbering",
    `CREATE UNLOGGED TABLE demo_contact AS
     SELECT s.n, demo_uuid7(t.created) AS id, t.created, co.id AS company, COALESCE(co.form, 'none') AS form,
       t.source, ${pick(FIRST, 3)} AS first, ${pick(LAST, 4)} AS last
     FROM generate_series(1, ${n}) AS s(n)
     CROSS JOIN LATERAL (SELECT ${between(`${NOW} - interval '3 years'`, `${NOW} - interval '1 hour'`, 5)} AS created,
       CASE WHEN ${r(6)} < 150 THEN NULL ELSE 1 + (hashint8(s.n::bigint * 31 + 7) & 2147483647) % ${companies} END AS k,
       (CASE WHEN ${r(8)} < 150 THEN 'business_card' WHEN ${r(8)} < 300 THEN 'event' WHEN ${r(8)} < 550 THEN 'web_form'
        WHEN ${r(8)} < 630 THEN 'public_source' WHEN ${r(8)} < 700 THEN 'purchased_list' WHEN ${r(8)} < 750 THEN 'referral'
        WHEN ${r(8)} < 850 THEN 'customer' WHEN ${r(8)} < 950 THEN 'manual' ELSE 'import' END) AS source) t
     LEFT JOIN demo_company co ON co.k = t.k`,
  );
  await step("contact numbering", `CREATE UNIQUE INDEX ON demo_contact (n)`);

  await step(
    "contacts",
    `INSERT INTO "Contact" (id, "firstName", "lastName", "jobTitle", "companyId", "sourceType", "sourceDetail", "collectedAt",
       "publishedForPurpose", "searchName", "createdAt", "updatedAt")
     SELECT s.id, s.first, s.last, ${pick(JOBS, 9)}, s.company, s.source::"SourceType",
       CASE s.source WHEN 'event' THEN 'Vakbeurs Utrecht' WHEN 'purchased_list' THEN 'Adressenlijst leverancier'
         WHEN 'web_form' THEN 'demo.example/aanmelden' WHEN 'public_source' THEN 'Website van het bedrijf' END,
       s.created, CASE WHEN s.source = 'public_source' AND ${r(10)} < 500 THEN 'service' END,
       lower(s.first || ' ' || s.last || COALESCE(' ' || c.name, '')), s.created, s.created
     FROM demo_contact s LEFT JOIN "Company" c ON c.id = s.company`,
  );

  // Contact points.
  await step(
    "e-mail addresses",
    `INSERT INTO "EmailAddress" (id, "contactId", address, normalised, kind, "designationWhere", "designationSeenAt", "createdAt")
     SELECT demo_uuid7(s.created), s.id, a.address, lower(a.address), a.kind::"EmailKind",
       CASE WHEN a.kind = 'designated_commercial' THEN 'Website, pagina Contact' END,
       CASE WHEN a.kind = 'designated_commercial' THEN s.created END, s.created
     FROM demo_contact s CROSS JOIN LATERAL (SELECT
       translate(lower(s.first), 'ëı ', 'ei') || '.' || replace(translate(lower(s.last), 'ëı', 'ei'), ' ', '') || s.n || '@'
         || CASE WHEN s.company IS NULL THEN 'mail.example' ELSE 'bedrijf' || (s.n % 100000) || '.example' END AS address,
       CASE WHEN ${r(11)} < 700 THEN 'personal' WHEN ${r(11)} < 850 THEN 'generic' ELSE 'designated_commercial' END AS kind) a
     WHERE ${r(12)} < 960`,
  );
  await step(
    "shared info@ addresses",
    `INSERT INTO "EmailAddress" (id, "contactId", address, normalised, kind, "createdAt")
     SELECT demo_uuid7(s.created), s.id, c."generalEmail", lower(c."generalEmail"), 'generic', s.created
     FROM demo_contact s JOIN "Company" c ON c.id = s.company WHERE ${r(13)} < 250`,
  );
  await step(
    "phone numbers",
    `INSERT INTO "PhoneNumber" (id, "contactId", e164, kind, "createdAt")
     SELECT demo_uuid7(s.created), s.id,
       CASE WHEN ${r(14)} < 500 THEN '+316' || lpad((s.n % 100000000)::text, 8, '0') ELSE '+3120' || lpad((s.n % 10000000)::text, 7, '0') END,
       (CASE WHEN ${r(14)} < 500 THEN 'mobile' WHEN ${r(14)} < 800 THEN 'direct' ELSE 'general' END)::"PhoneKind", s.created
     FROM demo_contact s WHERE ${r(15)} < 600`,
  );
  await step(
    "switchboard numbers",
    `INSERT INTO "PhoneNumber" (id, "contactId", e164, kind, "createdAt")
     SELECT demo_uuid7(s.created), s.id, c."generalPhone", 'general', s.created
     FROM demo_contact s JOIN "Company" c ON c.id = s.company WHERE ${r(16)} < 150`,
  );
  await step(
    "postal addresses",
    `INSERT INTO "PostalAddress" (id, "contactId", street, "postalCode", city, "createdAt")
     SELECT demo_uuid7(s.created), s.id, ${pick(["Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Industrieweg"], 17)} || ' ' || (1 + s.n % 200),
       (1000 + s.n % 9000)::text || ' ' || chr(65 + s.n % 26) || chr(65 + (s.n / 26) % 26), ${pick(CITIES, 18)}, s.created
     FROM demo_contact s WHERE ${r(19)} < 500`,
  );

  // Consent histories. Grants first, in a table of their own so that withdrawals, renewed grants,
  // corrections and confirmations can refer to them.
  await step("consent grants", `DROP TABLE IF EXISTS demo_grant`);
  await step(
    "consent grants",
    `CREATE UNLOGGED TABLE demo_grant AS
     SELECT g.*, demo_uuid7(g.recorded) AS id FROM (
       SELECT s.n, s.id AS contact, s.source, p.key, p.id AS purpose, nt.id AS notice, t.effective,
         LEAST(${NOW}, t.effective + CASE WHEN ${r(20)} < 50 THEN ${f(21)} * interval '30 days' ELSE interval '0' END) AS recorded,
         t.method, t.channels
       FROM demo_contact s
       CROSS JOIN "Purpose" p
       JOIN "PurposeNotice" nt ON nt."purposeId" = p.id AND nt.version = 1
       CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 22)} AS effective,
         CASE p.key
           WHEN 'newsletter' THEN CASE WHEN ${r(23)} < 500 THEN 'double_opt_in' WHEN ${r(23)} < 700 THEN 'web_form'
             WHEN ${r(23)} < 850 THEN 'business_card' WHEN ${r(23)} < 950 THEN 'verbal_phone' ELSE 'paper_form' END
           WHEN 'events' THEN CASE WHEN ${r(24)} < 700 THEN 'business_card' ELSE 'verbal_in_person' END
           WHEN 'sales_calls' THEN CASE WHEN ${r(25)} < 800 THEN 'verbal_phone' ELSE 'paper_form' END
           ELSE CASE WHEN ${r(26)} < 600 THEN 'double_opt_in' ELSE 'web_form' END END AS method,
         CASE p.key
           WHEN 'newsletter' THEN CASE WHEN ${r(27)} < 400 THEN '{}' WHEN ${r(27)} < 750 THEN '{email}'
             WHEN ${r(27)} < 900 THEN '{email,sms}' ELSE '{phone}' END
           WHEN 'events' THEN '{email}' WHEN 'sales_calls' THEN '{phone}' ELSE '{email}' END AS channels) t
       WHERE p.key <> 'service' AND ${r(28)} < CASE p.key WHEN 'newsletter' THEN 450 WHEN 'events' THEN 150
         WHEN 'sales_calls' THEN 80 ELSE 200 END
     ) g`,
  );
  // A "consent" that came with a purchased list is written by the import (recordedVia = 'import').
  await step(
    "consent records: grants",
    `INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", "noticeId", channels, action, method, "effectiveAt", "recordedAt",
       "recordedVia", location, statement, ip, "userAgent")
     SELECT g.id, g.contact, g.purpose, g.notice, g.channels::"Channel"[], 'granted', g.method::"ConsentMethod", g.effective, g.recorded,
       CASE WHEN g.source = 'purchased_list' AND ${r(29, "g.n")} < 700 THEN 'import'
         WHEN g.method IN ('double_opt_in', 'web_form') THEN 'signup' ELSE 'ui' END,
       CASE WHEN g.method IN ('business_card', 'verbal_in_person') THEN 'Vakbeurs Utrecht' END,
       CASE WHEN g.method = 'verbal_phone' THEN 'Ja, u mag mij bellen over aanbiedingen.' END,
       CASE WHEN g.method IN ('double_opt_in', 'web_form') THEN '192.0.2.' || (g.n % 250) END,
       CASE WHEN g.method IN ('double_opt_in', 'web_form') THEN 'Mozilla/5.0' END
     FROM demo_grant g`,
  );
  await step(
    "consent records: withdrawals",
    `INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", channels, action, method, "effectiveAt", "recordedAt", "recordedVia")
     SELECT demo_uuid7(w.at), g.contact, g.purpose, CASE WHEN ${r(30, "g.n")} < 700 THEN '{}'::"Channel"[] ELSE '{email}'::"Channel"[] END,
       'withdrawn', (CASE WHEN ${r(31, "g.n")} < 600 THEN 'unsubscribe_link' WHEN ${r(31, "g.n")} < 850 THEN 'preference_centre' ELSE 'email_reply' END)::"ConsentMethod",
       w.at, w.at, 'ui'
     FROM demo_grant g CROSS JOIN LATERAL (SELECT ${between("g.recorded", NOW, 32, "g.n")} AS at) w
     WHERE ${r(33, "g.n")} < 150`,
  );
  await step(
    "consent records: renewed grants",
    `INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", "noticeId", channels, action, method, "effectiveAt", "recordedAt", "recordedVia")
     SELECT demo_uuid7(x.at), g.contact, g.purpose, g.notice, '{email}', 'granted', 'preference_centre', x.at, x.at, 'ui'
     FROM demo_grant g CROSS JOIN LATERAL (SELECT ${between("g.recorded", NOW, 32, "g.n")} AS w) w
     CROSS JOIN LATERAL (SELECT ${between("w.w", NOW, 34, "g.n")} AS at) x
     WHERE ${r(33, "g.n")} < 150 AND ${r(35, "g.n")} < 200`,
  );
  await step(
    "consent records: corrections",
    `INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", "noticeId", channels, action, method, "effectiveAt", "recordedAt",
       "recordedVia", "correctsId", "correctionReason", invalidates)
     SELECT demo_uuid7(c.at), g.contact, g.purpose, g.notice,
       CASE WHEN c.invalidates THEN g.channels::"Channel"[] ELSE '{email}'::"Channel"[] END, 'granted', g.method::"ConsentMethod",
       g.effective, c.at, 'ui', g.id,
       CASE WHEN c.invalidates THEN 'Toestemming was van een collega, niet van deze persoon.' ELSE 'Kanaal verkeerd ingevoerd.' END,
       c.invalidates
     FROM demo_grant g CROSS JOIN LATERAL (SELECT ${between("g.recorded", NOW, 36, "g.n")} AS at, ${r(37, "g.n")} < 250 AS invalidates) c
     WHERE ${r(38, "g.n")} < 20`,
  );
  // Phone consent confirmed in writing (strong evidence) for about half of the phone grants.
  await step(
    "written confirmations",
    `INSERT INTO "ConsentEvidenceEvent" (id, "consentRecordId", kind, at)
     SELECT demo_uuid7(c.at), g.id, k.kind::"ConsentEvidenceEventKind", c.at + k.later
     FROM demo_grant g CROSS JOIN LATERAL (SELECT g.recorded + interval '10 minutes' AS at) c
     CROSS JOIN LATERAL (VALUES ('confirmation_sent', interval '0'), ('confirmed', interval '1 day')) k(kind, later)
     WHERE g.method = 'verbal_phone' AND ${r(39, "g.n")} < 500 AND c.at + k.later <= ${NOW}`,
  );

  // Customers: running, ended, one-time buyers, unpaid trials; with a contract basis for service mail.
  await step(
    "customer relationships",
    `INSERT INTO "CustomerRelationship" (id, "contactId", since, until, products, kind, "optOutOfferedAtCollection", paid, "createdAt")
     SELECT demo_uuid7(c.since), s.id, c.since,
       CASE WHEN c.kind = 'one_time' THEN c.since WHEN ${r(41)} < 400 THEN ${between("c.since", NOW, 42)} END,
       CASE WHEN ${r(43)} < 500 THEN '{support}'::text[] ELSE '{licentie,support}'::text[] END, c.kind,
       ${r(44)} < 800, ${r(45)} < 900, c.since
     FROM demo_contact s CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 46)} AS since,
       CASE WHEN ${r(47)} < 250 THEN 'one_time' ELSE 'ongoing' END AS kind) c
     WHERE ${r(40)} < CASE WHEN s.source = 'customer' THEN 900 ELSE 60 END`,
  );
  await step(
    "legal bases: contracts",
    `INSERT INTO "LegalBasisRecord" (id, "contactId", "purposeId", basis, since, until, "createdAt")
     SELECT demo_uuid7(cr.since), cr."contactId", p.id, 'contract', cr.since, cr.until, cr.since
     FROM "CustomerRelationship" cr JOIN "Purpose" p ON p.key = 'service' WHERE cr.paid`,
  );
  await step(
    "legal bases: legitimate interest",
    `INSERT INTO "LegalBasisRecord" (id, "contactId", "purposeId", basis, "balancingNote", since, "createdAt")
     SELECT demo_uuid7(b.since), s.id, p.id, 'legitimate_interest', 'Afweging vastgelegd door de privacy officer.', b.since, b.since
     FROM demo_contact s CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 48)} AS since) b
     JOIN "Purpose" p ON p.key = CASE WHEN ${r(49)} < 600 THEN 'sales_calls' ELSE 'newsletter' END
     WHERE ${r(50)} < 50`,
  );

  // What people said back: objections, restrictions, channel opt-outs.
  await step(
    "objections",
    `INSERT INTO "Objection" (id, "contactId", scope, "receivedAt", "receivedVia", "withdrawnAt", "createdAt")
     SELECT demo_uuid7(o.at), s.id, (CASE WHEN ${r(52)} < 700 THEN 'direct_marketing' ELSE 'profiling' END)::"ObjectionScope",
       o.at, ${pick(["email", "phone", "preference_centre", "letter"], 53)},
       CASE WHEN ${r(54)} < 150 THEN ${between("o.at", NOW, 55)} END, o.at
     FROM demo_contact s CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 56)} AS at) o WHERE ${r(51)} < 20`,
  );
  await step(
    "restrictions",
    `INSERT INTO "Restriction" (id, "contactId", reason, "setAt", "liftedAt", "liftReason")
     SELECT demo_uuid7(x.at), s.id, 'De juistheid van de gegevens wordt betwist (AVG art. 18 lid 1 sub a).', x.at,
       CASE WHEN ${r(58)} < 500 THEN ${between("x.at", NOW, 59)} END, CASE WHEN ${r(58)} < 500 THEN 'Gegevens gecontroleerd en juist.' END
     FROM demo_contact s CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 60)} AS at) x WHERE ${r(57)} < 5`,
  );
  await step(
    "channel opt-outs",
    `INSERT INTO "ChannelOptOut" (id, "contactId", channel, at, via, "createdAt")
     SELECT demo_uuid7(x.at), s.id, x.channel::"Channel", x.at, ${pick(["preference_centre", "unsubscribe_link"], 62)}, x.at
     FROM demo_contact s CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 63)} AS at,
       CASE WHEN ${r(61)} < 20 THEN 'email' ELSE 'phone' END AS channel) x WHERE ${r(61)} < 25`,
  );
  await step(
    "suppression list",
    `INSERT INTO "SuppressionEntry" (id, hash, kind, "createdAt")
     SELECT demo_uuid7(x.at), md5('demo-erased-' || s.n) || md5('demo-erased-' || (s.n + 1)), CASE WHEN s.n % 3 = 0 THEN 'phone' ELSE 'email' END, x.at
     FROM generate_series(1, ${Math.max(1, Math.round(n / 200))}) AS s(n)
     CROSS JOIN LATERAL (SELECT ${between(`${NOW} - interval '3 years'`, NOW, 64)} AS at) x
     ON CONFLICT (hash) DO NOTHING`,
  );
  await step(
    "notes",
    `INSERT INTO "ContactNote" (id, "contactId", body, "createdAt")
     SELECT demo_uuid7(x.at), s.id, ${pick(["Belt terug na de zomer.", "Interesse in een demo.", "Contract loopt af in maart.", "Wil alleen per post."], 65)}, x.at
     FROM demo_contact s CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 66)} AS at) x WHERE ${r(67)} < 50`,
  );

  // Data-subject requests in every state, each about one contact.
  await step(
    "data-subject requests",
    `WITH req AS (
       SELECT demo_uuid7(x.at) AS id, s.id AS contact, s.first, s.last, x.at,
         (${pick(["access", "access", "erasure", "rectification", "restriction", "objection", "portability"], 68)}) AS type,
         (CASE WHEN x.at < ${NOW} - interval '60 days' THEN 'closed' WHEN ${r(69)} < 300 THEN 'received'
           WHEN ${r(69)} < 600 THEN 'verified' ELSE 'executed' END) AS status
       FROM demo_contact s CROSS JOIN LATERAL (SELECT ${between("s.created", NOW, 70)} AS at) x WHERE ${r(71)} < 2
     ), ins AS (
       INSERT INTO "DataSubjectRequest" (id, type, status, "receivedAt", channel, "requesterName", "requesterEmail", "dueAt",
         "verifiedAt", "executedAt", "closedAt", "createdAt", "updatedAt")
       SELECT id, type::"RequestType", status::"RequestStatus", at, 'email', first || ' ' || last, 'verzoek' || (hashtext(contact::text) & 2147483647) || '@mail.example',
         at + interval '1 month', CASE WHEN status <> 'received' THEN at + interval '1 day' END,
         CASE WHEN status IN ('executed', 'closed') THEN at + interval '7 days' END,
         CASE WHEN status = 'closed' THEN at + interval '8 days' END, at, at
       FROM req RETURNING id
     )
     INSERT INTO "RequestContact" ("requestId", "contactId") SELECT id, contact FROM req`,
  );
  await step(
    "campaigns",
    `INSERT INTO "Campaign" (id, name, channel, "purposeId", commercial, subject, body, audience, status, "createdAt", "updatedAt")
     SELECT demo_uuid7(${NOW} - c.age), c.name, 'email', p.id, c.commercial, c.subject, c.body, c.audience::jsonb, 'draft', ${NOW} - c.age, ${NOW} - c.age
     FROM (VALUES
       ('Nieuwsbrief voorjaar', 'newsletter', true, 'Nieuws van Demo Handel', 'Beste lezer, ...', '{}', interval '3 days'),
       ('Nieuwsbrief bv''s en nv''s', 'newsletter', true, 'Nieuws voor uw bedrijf', 'Beste relatie, ...', '{"legalForms":["bv","nv"]}', interval '2 days'),
       ('Uitnodiging vakbeurs', 'events', true, 'Kom naar onze stand', 'Graag zien wij u ...', '{"sourceTypes":["event","business_card"]}', interval '1 day'),
       ('Onderhoudsmelding', 'service', false, 'Gepland onderhoud', 'Op zaterdag ...', '{}', interval '5 hours')
     ) AS c(name, purpose, commercial, subject, body, audience, age)
     JOIN "Purpose" p ON p.key = c.purpose`,
  );

  for (const t of ["demo_grant", "demo_contact", "demo_company"]) await step("clean up", `DROP TABLE IF EXISTS ${t}`);
  for (const ix of indexes) await step(`index ${ix.name}`, ix.definition);
  for (const fk of foreignKeys)
    await step(`foreign key ${fk.name}`, `ALTER TABLE "${fk.table}" ADD CONSTRAINT "${fk.name}" ${fk.definition}`);
  await step("clean up", `DROP FUNCTION IF EXISTS demo_uuid7(timestamptz)`);
  await step("statistics", `ANALYZE`);
  return { contacts: n, purposes: PURPOSES.map((p) => p.key) };
}
