/**
 * Bulk data for the audience bench, written with set-based SQL (INSERT ... SELECT generate_series):
 * 100,000 contacts with the mix a B2B CRM has — companies of every legal form, personal, generic and
 * designated addresses, phones, postal addresses, consent histories with withdrawals, customers,
 * objections, restrictions, channel opt-outs and recorded legal bases.
 */
import type pg from "pg";

export async function seedAudience(
  client: pg.Client,
  contacts: number,
): Promise<{ purposeId: string; purposeKey: string }> {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  const purpose = await q(
    `INSERT INTO "Purpose" (id, key, "nameNl", "nameEn", "directMarketing", channels, "similarProductsOnly", "updatedAt")
     VALUES (gen_random_uuid(), 'newsletter', 'Nieuwsbrief', 'Newsletter', true, '{email,sms,phone,post}', true, now()) RETURNING id`,
  );
  const purposeId = purpose.rows[0].id as string;
  await q(`INSERT INTO "Purpose" (id, key, "nameNl", "nameEn", "directMarketing", channels, "updatedAt")
     VALUES (gen_random_uuid(), 'events', 'Evenementen', 'Events', true, '{email}', now())`);
  await q(`INSERT INTO "Company" (id, name, "legalForm", "updatedAt")
     SELECT gen_random_uuid(), 'Bedrijf ' || g,
       (ARRAY['bv','bv','bv','nv','stichting','vereniging','eenmanszaak','vof','maatschap','other'])[1 + g % 10]::"LegalForm", now()
     FROM generate_series(1, 2000) g`);
  await q(`CREATE TEMP TABLE company_ids AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM "Company"`);
  await q(`CREATE TEMP TABLE seq AS SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, $1::int) g`, [
    contacts,
  ]);
  await q(`INSERT INTO "Contact" (id, "firstName", "lastName", "companyId", "sourceType", "collectedAt", "searchName", "createdAt", "updatedAt", "publishedForPurpose")
     SELECT s.id, 'Voornaam' || s.n, 'Achternaam' || s.n,
       CASE WHEN s.n % 7 = 0 THEN NULL ELSE (SELECT id FROM company_ids c WHERE c.n = 1 + s.n % 2000) END,
       (ARRAY['business_card','event','web_form','public_source','purchased_list','referral','customer','manual','import'])[1 + s.n % 9]::"SourceType",
       now() - (s.n % 1000) * interval '1 day', 'voornaam' || s.n || ' achternaam' || s.n,
       now() - (s.n % 1000) * interval '1 day', now(),
       CASE WHEN s.n % 9 = 3 THEN 'support' END
     FROM seq s`);
  await q(`INSERT INTO "EmailAddress" (id, "contactId", address, normalised, kind, "designationWhere", "designationSeenAt")
     SELECT gen_random_uuid(), s.id, 'p' || s.n || '@example.nl', 'p' || s.n || '@example.nl',
       (CASE WHEN s.n % 10 = 1 THEN 'generic' WHEN s.n % 10 = 2 THEN 'designated_commercial' ELSE 'personal' END)::"EmailKind",
       CASE WHEN s.n % 10 = 2 THEN 'website /contact' END, CASE WHEN s.n % 10 = 2 THEN now() - interval '90 days' END
     FROM seq s WHERE s.n % 25 <> 0`);
  await q(`INSERT INTO "EmailAddress" (id, "contactId", address, normalised, kind)
     SELECT gen_random_uuid(), s.id, 'info' || s.n || '@example.nl', 'info' || s.n || '@example.nl', 'generic' FROM seq s WHERE s.n % 4 = 0`);
  await q(`INSERT INTO "PhoneNumber" (id, "contactId", e164, kind)
     SELECT gen_random_uuid(), s.id, '+316' || lpad(s.n::text, 8, '0'),
       (ARRAY['mobile','direct','general'])[1 + s.n % 3]::"PhoneKind" FROM seq s WHERE s.n % 5 < 3`);
  await q(`INSERT INTO "PostalAddress" (id, "contactId", street, "postalCode", city)
     SELECT gen_random_uuid(), s.id, 'Dorpsstraat ' || s.n, '1234 AB', 'Utrecht' FROM seq s WHERE s.n % 2 = 0`);
  // 40% opted in to the newsletter, some by e-mail only, some for every channel; 1 in 8 of them
  // withdrew later; a few corrections; consents for another purpose as noise.
  await q(
    `INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", channels, action, method, "effectiveAt", "recordedAt")
     SELECT gen_random_uuid(), s.id, $1::uuid, CASE WHEN s.n % 3 = 0 THEN '{}'::"Channel"[] ELSE '{email}'::"Channel"[] END,
       'granted', 'double_opt_in', now() - (100 + s.n % 300) * interval '1 day', now() - (100 + s.n % 300) * interval '1 day'
     FROM seq s WHERE s.n % 5 < 2`,
    [purposeId],
  );
  await q(
    `INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", channels, action, method, "effectiveAt", "recordedAt")
     SELECT gen_random_uuid(), s.id, $1::uuid, '{}', 'withdrawn', 'unsubscribe_link', now() - (s.n % 90) * interval '1 day', now() - (s.n % 90) * interval '1 day'
     FROM seq s WHERE s.n % 5 < 2 AND s.n % 8 = 0`,
    [purposeId],
  );
  await q(`INSERT INTO "ConsentRecord" (id, "contactId", "purposeId", channels, action, method, "effectiveAt", "recordedAt")
     SELECT gen_random_uuid(), s.id, (SELECT id FROM "Purpose" WHERE key = 'events'), '{email}', 'granted', 'business_card', now() - interval '200 days', now() - interval '200 days'
     FROM seq s WHERE s.n % 6 = 1`);
  await q(`INSERT INTO "CustomerRelationship" (id, "contactId", since, until, products, kind, "optOutOfferedAtCollection")
     SELECT gen_random_uuid(), s.id, now() - interval '3 years', CASE WHEN s.n % 2 = 0 THEN now() - (s.n % 1500) * interval '1 day' END,
       '{support}', CASE WHEN s.n % 4 = 1 THEN 'one_time' ELSE 'ongoing' END, s.n % 3 <> 0
     FROM seq s WHERE s.n % 10 = 6`);
  await q(
    `INSERT INTO "LegalBasisRecord" (id, "contactId", "purposeId", basis, since)
     SELECT gen_random_uuid(), s.id, $1::uuid, 'legitimate_interest', now() - interval '1 year' FROM seq s WHERE s.n % 20 = 7`,
    [purposeId],
  );
  await q(`INSERT INTO "Objection" (id, "contactId", scope, "receivedAt", "receivedVia", "withdrawnAt")
     SELECT gen_random_uuid(), s.id, (CASE WHEN s.n % 2 = 0 THEN 'direct_marketing' ELSE 'profiling' END)::"ObjectionScope",
       now() - interval '10 days', 'email', CASE WHEN s.n % 6 = 0 THEN now() - interval '1 day' END FROM seq s WHERE s.n % 50 = 4`);
  await q(`INSERT INTO "Restriction" (id, "contactId", reason, "setAt", "liftedAt")
     SELECT gen_random_uuid(), s.id, 'contested', now() - interval '20 days', CASE WHEN s.n % 2 = 0 THEN now() - interval '2 days' END
     FROM seq s WHERE s.n % 100 = 9`);
  await q(`INSERT INTO "ChannelOptOut" (id, "contactId", channel, at, via)
     SELECT gen_random_uuid(), s.id, 'email', now() - interval '30 days', 'preference_centre' FROM seq s WHERE s.n % 50 = 11`);
  await q(
    `INSERT INTO "SuppressionEntry" (id, hash, kind) SELECT gen_random_uuid(), md5(g::text) || md5((g + 1)::text), 'email' FROM generate_series(1, 5000) g`,
  );
  await q(`ANALYZE`);
  return { purposeId, purposeKey: "newsletter" };
}
