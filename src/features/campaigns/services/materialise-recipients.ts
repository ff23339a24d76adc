import type { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import { forEachAudienceBatch } from "@/features/outreach";
import type { LoadedPurpose } from "@/features/purposes";
import type { TCampaignAudience } from "../schemas";
import { renewLease, LeaseLost, type Lease } from "./campaign-lease";

/**
 * At send time the whole audience is decided again (set-based) and every contact gets a row:
 * `pending` when the engine allows, `blocked` with rule, citation and evidence when it does not.
 * Idempotent (unique campaignId+contactId, existing rows untouched), so a resumed send repeats it
 * safely: nobody gets a second row, so nobody gets a second message.
 */
export async function materialiseRecipients(
  db: Db,
  lease: Lease,
  c: { id: string; purpose: LoadedPurpose; commercial: boolean; audience: TCampaignAudience },
): Promise<void> {
  await forEachAudienceBatch(
    db,
    { purpose: c.purpose, channel: "email", commercial: c.commercial, filter: c.audience },
    async (decisions, ctx) => {
      const data: Prisma.CampaignRecipientCreateManyInput[] = decisions.map(({ contactId, decision }) => ({
        campaignId: c.id,
        contactId,
        contactPointId: decision.contactPointId ?? null,
        status: decision.decision === "allow" ? "pending" : "blocked",
        decision: decision.decision,
        rule: decision.rule,
        citation: decision.citation,
        ruleSetVersion: decision.ruleSetVersion,
        obligations: decision.obligations,
        evidence: decision.evidence as unknown as Prisma.InputJsonValue,
        decidedAt: ctx.at,
      }));
      await db.campaignRecipient.createMany({ data, skipDuplicates: true });
      if (!(await renewLease(db, lease))) throw new LeaseLost(c.id);
    },
  );
}
