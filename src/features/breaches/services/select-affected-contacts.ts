import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZSelectAffectedInput, type TSelectAffectedInput } from "../schemas";
import { lockBreach } from "./lock-breach";

/**
 * Adds the people a breach touched to its list, set-based (one INSERT ... SELECT, however many):
 * everyone a campaign's data went out for (every recipient not blocked by the rules), or everyone
 * a query over the data finds. Adding twice is harmless; the list only grows. The audit entry
 * records the criteria (ids, codes and dates only) and the count.
 */
export async function selectAffectedContacts(db: Db, ctx: AuditContext, raw: TSelectAffectedInput) {
  const input = parseInput(ZSelectAffectedInput, raw);
  return db.$transaction(async (tx) => {
    await lockBreach(tx, input.breachId);
    let added: number;
    if (input.mode === "campaign") {
      const campaign = await tx.campaign.count({ where: { id: input.campaignId } });
      if (!campaign) {
        throw new AppError("NOT_FOUND", "This campaign does not exist.", {
          key: "breaches.errors.campaignNotFound",
          fields: [{ field: "campaignId", message: "breaches.errors.campaignNotFound" }],
        });
      }
      added = await tx.$executeRaw`
        INSERT INTO "BreachAffectedContact" ("breachId", "contactId", "selectedVia", "addedAt")
        SELECT ${input.breachId}::uuid, r."contactId", 'campaign', now()
        FROM "CampaignRecipient" r
        WHERE r."campaignId" = ${input.campaignId}::uuid AND r."status" <> 'blocked'
        ON CONFLICT DO NOTHING`;
    } else {
      const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
      if (input.sourceType) conditions.push(Prisma.sql`c."sourceType"::text = ${input.sourceType}`);
      if (input.collectedFrom) conditions.push(Prisma.sql`c."collectedAt" >= ${input.collectedFrom}`);
      if (input.collectedUntil) conditions.push(Prisma.sql`c."collectedAt" < ${input.collectedUntil}`);
      if (input.purposeId) {
        conditions.push(
          Prisma.sql`EXISTS (SELECT 1 FROM "ConsentRecord" cr WHERE cr."contactId" = c."id" AND cr."purposeId" = ${input.purposeId}::uuid)`,
        );
      }
      added = await tx.$executeRaw`
        INSERT INTO "BreachAffectedContact" ("breachId", "contactId", "selectedVia", "addedAt")
        SELECT ${input.breachId}::uuid, c."id", 'query', now()
        FROM "Contact" c
        WHERE ${Prisma.join(conditions, " AND ")}
        ON CONFLICT DO NOTHING`;
    }
    const { mode, breachId, ...criteria } = input;
    await writeAuditEvent(tx, ctx, {
      action: "breach.contacts_selected",
      target: { type: "breach", id: breachId },
      metadata: { mode, criteria, added },
    });
    return { added };
  });
}
