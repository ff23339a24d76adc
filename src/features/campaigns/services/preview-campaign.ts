import type { Db } from "@/server/db";
import { summariseAudience, type AudienceSummary } from "@/features/outreach";
import { getCampaign } from "./get-campaign";

/**
 * Who is in and who is out if the campaign went now, with the excluded grouped by the rule that
 * excluded them. Set-based: the whole audience is decided in a few queries. Sending decides again.
 */
export async function previewCampaign(db: Db, campaignId: string): Promise<AudienceSummary> {
  const c = await getCampaign(db, campaignId);
  return summariseAudience(db, { purpose: c.purpose, channel: "email", commercial: c.commercial, filter: c.audience });
}
