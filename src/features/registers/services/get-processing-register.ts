import type { Db } from "@/server/db";
import { deriveProcessingActivity, type ActivityFacts } from "@/domain/registers";
import type { LegalBasis } from "@/domain/vocabulary";

type Counts = {
  purposeId: string;
  name: number;
  email: number;
  phone: number;
  postal: number;
  notes: number;
  scans: number;
  customers: number;
};

/**
 * The register of processing activities (AVG art. 30 lid 1), one entry per purpose, derived from
 * the live data in a handful of set-based queries, with the hand-written part as it stood at
 * `asOf` (the latest version saved by then). Purposes created after `asOf` are left out. The
 * derived counts are today's: the data they count has no history of its own (erasure deletes).
 */
export async function getProcessingRegister(db: Db, asOf: Date = new Date(), now = new Date()) {
  const [purposes, settings, consentCounts, basisCounts, stored, processors, webhooks, versions, users] =
    await Promise.all([
      db.purpose.findMany({ where: { createdAt: { lte: asOf } }, orderBy: { key: "asc" } }),
      db.organisationSettings.findUniqueOrThrow({ where: { id: 1 }, select: { retentionMonthsWithoutBasis: true } }),
      db.$queryRaw<{ purposeId: string; n: number }[]>`
        SELECT g."purposeId", count(DISTINCT g."contactId")::int AS n
        FROM "ConsentRecord" g
        WHERE g."action" = 'granted' AND g."invalidates" = false
          AND NOT EXISTS (
            SELECT 1 FROM "ConsentRecord" w
            WHERE w."contactId" = g."contactId" AND w."purposeId" = g."purposeId" AND w."action" = 'withdrawn'
              AND w."effectiveAt" >= g."effectiveAt")
        GROUP BY 1`,
      db.$queryRaw<{ purposeId: string; basis: LegalBasis; n: number }[]>`
        SELECT "purposeId", "basis"::text AS basis, count(DISTINCT "contactId")::int AS n
        FROM "LegalBasisRecord" WHERE "until" IS NULL OR "until" > ${now}
        GROUP BY 1, 2`,
      db.$queryRaw<Counts[]>`
        WITH pc AS (
          SELECT "purposeId", "contactId" FROM "ConsentRecord"
          UNION SELECT "purposeId", "contactId" FROM "LegalBasisRecord"
        )
        SELECT pc."purposeId",
          count(*)::int AS name,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "EmailAddress" e WHERE e."contactId" = pc."contactId"))::int AS email,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "PhoneNumber" p WHERE p."contactId" = pc."contactId"))::int AS phone,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "PostalAddress" a WHERE a."contactId" = pc."contactId"))::int AS postal,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ContactNote" n WHERE n."contactId" = pc."contactId")
            OR EXISTS (SELECT 1 FROM "Contact" c WHERE c."id" = pc."contactId" AND c."notes" IS NOT NULL AND c."notes" <> ''))::int AS notes,
          count(*) FILTER (WHERE EXISTS (
            SELECT 1 FROM "ConsentAttachment" ca JOIN "ConsentRecord" cr ON cr."id" = ca."consentRecordId"
            WHERE cr."contactId" = pc."contactId" AND cr."purposeId" = pc."purposeId"))::int AS scans,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "CustomerRelationship" r WHERE r."contactId" = pc."contactId"))::int AS customers
        FROM pc GROUP BY 1`,
      db.processor.findMany({
        where: { receivesContactData: true },
        select: { id: true, name: true, location: true, transferMechanism: true, purposeIds: true },
        orderBy: { name: "asc" },
      }),
      db.webhookEndpoint.count({ where: { active: true } }),
      db.processingRecordVersion.findMany({ where: { createdAt: { lte: asOf } }, orderBy: { version: "desc" } }),
      db.user.findMany({ select: { id: true, name: true } }),
    ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  return purposes.map((p) => {
    const s = stored.find((x) => x.purposeId === p.id);
    const bases: ActivityFacts["bases"] = { consent: consentCounts.find((c) => c.purposeId === p.id)?.n ?? 0 };
    for (const b of basisCounts) if (b.purposeId === p.id) bases[b.basis] = (bases[b.basis] ?? 0) + b.n;
    const activity = deriveProcessingActivity({
      purpose: p,
      bases,
      stored: s
        ? {
            name: s.name,
            email: s.email,
            phone: s.phone,
            postal: s.postal,
            notes: s.notes,
            consent_evidence_scans: s.scans,
          }
        : {},
      subjects: s ? { prospects: s.name - s.customers, customers: s.customers } : {},
      processors: processors.filter((x) => x.purposeIds.includes(p.id)),
      webhookReceivers: webhooks,
      retentionMonthsWithoutBasis: settings.retentionMonthsWithoutBasis,
    });
    const written = versions.find((v) => v.purposeId === p.id) ?? null;
    return {
      ...activity,
      written: written && {
        ...written,
        createdByName: written.createdById ? (userName.get(written.createdById) ?? null) : null,
      },
    };
  });
}
export type RegisterEntry = Awaited<ReturnType<typeof getProcessingRegister>>[number];
