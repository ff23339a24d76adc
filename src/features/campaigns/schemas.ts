import { z } from "zod";
import { ZAudienceFilter } from "@/features/outreach/schemas";
import { fromWallTime } from "@/domain/requests/zoned-time";
import { unknownFields } from "./design/personalise";

const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

/**
 * Who a campaign considers; the engine decides who of them may receive it. `segment` names the
 * saved segment the filters were copied from (for the report); the copy is what counts, so a later
 * change to the segment does not change whom a campaign was for.
 */
export const ZCampaignAudience = ZAudienceFilter.omit({ search: true, companyId: true }).extend({
  segment: z.object({ id: z.uuid(), name: z.string().max(200) }).optional(),
});
export type TCampaignAudience = z.infer<typeof ZCampaignAudience>;

/** "text": plain text as written; "markdown": a designed mail in the organisation's layout. */
export const CAMPAIGN_FORMATS = ["text", "markdown"] as const;

/** A placeholder the product does not know would reach people as "{{x}}": refused. */
const withKnownFields = (schema: z.ZodString) =>
  schema.refine((t) => unknownFields(t).length === 0, { error: "campaigns.errors.unknownField" });

/** Messages per minute: at least ten, so that a paced send keeps its lease and its permits fresh. */
export const ZRatePerMinute = z.coerce
  .number({ error: "validation.required" })
  .int({ error: "validation.required" })
  .min(10, { error: "campaigns.errors.rate" })
  .max(10_000, { error: "campaigns.errors.rate" });

export const ZCreateCampaignInput = z.object({
  name: text(200),
  purposeId: z.uuid({ error: "validation.required" }),
  /** A commercial message needs consent or an exception (Tw art. 11.7); a service message does not. */
  commercial: z.boolean(),
  subject: withKnownFields(text(300)),
  body: withKnownFields(text(50_000)),
  format: z.enum(CAMPAIGN_FORMATS).default("text"),
  /** Empty: the organisation's rate. */
  ratePerMinute: z.union([z.literal("").transform(() => null), z.null(), ZRatePerMinute]).optional(),
  audience: ZCampaignAudience.default({}),
  /** A saved segment: its filters replace `audience` (copied now, on the server, not trusted from the form). */
  segmentId: z.uuid().optional(),
});
export type TCreateCampaignInput = z.input<typeof ZCreateCampaignInput>;

export const ZCampaignIdInput = z.object({ campaignId: z.uuid() });
export type TCampaignIdInput = z.infer<typeof ZCampaignIdInput>;

/** A wall-clock time in Europe/Amsterdam as a datetime-local field sends it, to the moment (UTC). */
const ZAmsterdamTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "campaigns.errors.sendAt" })
  .transform((v, ctx) => {
    const [date, time] = v.split("T");
    const [year, month, day] = date.split("-").map(Number);
    const [hour, minute] = time.split(":").map(Number);
    const at = fromWallTime({ year, month, day, hour, minute, second: 0, millisecond: 0 }, "Europe/Amsterdam");
    if (Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: "custom", message: "campaigns.errors.sendAt" });
      return z.NEVER;
    }
    return at;
  });

export const ZScheduleCampaignInput = z.object({ campaignId: z.uuid(), sendAt: ZAmsterdamTime });
export type TScheduleCampaignInput = z.input<typeof ZScheduleCampaignInput>;

/** What the live preview renders: the message as the author has it now, not yet saved. */
export const ZPreviewDesignInput = z.object({
  subject: z.string().max(300),
  body: z.string().max(50_000),
  commercial: z.boolean(),
});
export type TPreviewDesignInput = z.infer<typeof ZPreviewDesignInput>;

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
