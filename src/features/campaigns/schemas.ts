import { z } from "zod";
import { ZAudienceFilter } from "@/features/outreach/schemas";

const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

/** Who a campaign considers; the engine decides who of them may receive it. */
export const ZCampaignAudience = ZAudienceFilter.omit({ search: true, companyId: true });
export type TCampaignAudience = z.infer<typeof ZCampaignAudience>;

export const ZCreateCampaignInput = z.object({
  name: text(200),
  purposeId: z.uuid({ error: "validation.required" }),
  /** A commercial message needs consent or an exception (Tw art. 11.7); a service message does not. */
  commercial: z.boolean(),
  subject: text(300),
  body: text(50_000),
  audience: ZCampaignAudience.default({}),
});
export type TCreateCampaignInput = z.input<typeof ZCreateCampaignInput>;

export const ZCampaignIdInput = z.object({ campaignId: z.uuid() });
export type TCampaignIdInput = z.infer<typeof ZCampaignIdInput>;

export const RECIPIENT_STATUSES = ["pending", "sent", "blocked", "failed"] as const;
export const ZReportFilter = z.object({
  status: z.enum(RECIPIENT_STATUSES).optional().catch(undefined),
  rule: z
    .string()
    .max(64)
    .regex(/^[a-z_]+$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type TReportFilter = z.infer<typeof ZReportFilter>;

/** The stored audience (JSON) back to a filter; anything unreadable narrows to nobody rather than everybody. */
export function readAudience(json: unknown): TCampaignAudience {
  const parsed = ZCampaignAudience.safeParse(json ?? {});
  return parsed.success ? parsed.data : { sourceTypes: [] as never[], createdAfter: new Date(8.64e15) };
}
