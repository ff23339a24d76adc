import { Prisma } from "@generated/prisma/client";
import type { Db, Tx } from "@/server/db";

export type ProcessorToNotify = { id: string; name: string };

/**
 * AVG art. 19: after an erasure, the controller tells each recipient to whom the data were
 * disclosed. Those are the processors of the purposes the people's data served (a purpose they
 * consented to, had a legal basis for, were mailed or called about), plus the processors that
 * serve every purpose (no purposes listed, such as hosting). A processor marked as receiving no
 * contact data is never listed. Read before the erasure: afterwards the records that tie the
 * people to purposes are gone.
 */
export async function findProcessorsToNotify(db: Db | Tx, contactIds: string[]): Promise<ProcessorToNotify[]> {
  if (contactIds.length === 0) return [];
  const ids = Prisma.sql`ANY(${contactIds}::uuid[])`;
  return db.$queryRaw<ProcessorToNotify[]>`
    WITH served AS (
      SELECT "purposeId" FROM "ConsentRecord" WHERE "contactId" = ${ids}
      UNION SELECT "purposeId" FROM "LegalBasisRecord" WHERE "contactId" = ${ids}
      UNION SELECT c."purposeId" FROM "CampaignRecipient" r JOIN "Campaign" c ON c.id = r."campaignId"
        WHERE r."contactId" = ${ids}
      UNION SELECT "purposeId" FROM "CallLog" WHERE "contactId" = ${ids} AND "purposeId" IS NOT NULL
    )
    SELECT p.id, p.name
    FROM "Processor" p
    WHERE p."receivesContactData"
      -- No purposes listed (NULL on processors saved before purposes could be chosen): serves them all.
      AND (coalesce(cardinality(p."purposeIds"), 0) = 0 OR p."purposeIds" && ARRAY(SELECT "purposeId" FROM served))
    ORDER BY p.name`;
}
