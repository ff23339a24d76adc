import type { Channel } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import { countAudience, summariseAudience, type AudienceSummary } from "@/features/outreach";
import { getPurposeById } from "@/features/purposes";
import { getSegment } from "./find-segments";

/**
 * The segment's live count and, for a chosen purpose and channel, who of it the rules engine would
 * let through now, grouped by the deciding rule. The same path as a campaign's preview
 * (summariseAudience), so the two can never disagree; sending decides every recipient again.
 */
export async function previewSegment(
  db: Db,
  segmentId: string,
  choice: { purposeId: string; channel: Channel; commercial: boolean } | null,
): Promise<{ count: number; summary: AudienceSummary | null }> {
  const segment = await getSegment(db, segmentId);
  const count = await countAudience(db, segment.filter);
  if (!choice) return { count, summary: null };
  const purpose = await getPurposeById(db, choice.purposeId);
  const summary = await summariseAudience(db, {
    purpose,
    channel: choice.channel,
    commercial: choice.commercial,
    filter: segment.filter,
  });
  return { count, summary };
}
