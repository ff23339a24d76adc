import { z } from "zod";
import { CHANNELS } from "@/domain/vocabulary";
import { ZAudienceFilter } from "@/features/outreach";

const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

/**
 * What a segment stores: the audience filters a campaign can use. The contact search prefix and a
 * single company id are one-off tools of the contacts list, not part of a reusable audience.
 */
export const ZSegmentFilter = ZAudienceFilter.omit({ search: true, companyId: true });
export type TSegmentFilter = z.infer<typeof ZSegmentFilter>;

const description = z
  .string()
  .trim()
  .max(1000, { error: "validation.tooLong" })
  .nullish()
  .transform((v) => v || null);

const segmentFields = { name: text(200), description, filter: ZSegmentFilter.default({}) };

/** A consent state means nothing without the purpose it is about: say so at the field. */
const consentNeedsPurpose = (v: { filter: TSegmentFilter }, ctx: z.RefinementCtx) => {
  if (v.filter.consentState && !v.filter.consentPurposeId) {
    ctx.addIssue({ code: "custom", path: ["consentPurposeId"], message: "segments.errors.consentPurpose" });
  }
};

export const ZCreateSegmentInput = z.object(segmentFields).superRefine(consentNeedsPurpose);
export type TCreateSegmentInput = z.input<typeof ZCreateSegmentInput>;

export const ZUpdateSegmentInput = z.object({ ...segmentFields, segmentId: z.uuid() }).superRefine(consentNeedsPurpose);
export type TUpdateSegmentInput = z.input<typeof ZUpdateSegmentInput>;

export const ZSegmentIdInput = z.object({ segmentId: z.uuid() });
export type TSegmentIdInput = z.infer<typeof ZSegmentIdInput>;

export const SEGMENT_SORTS = ["name", "updated"] as const;
export const ZSegmentListQuery = z.object({ sort: z.enum(SEGMENT_SORTS).default("name").catch("name") });

/** The stored filter (JSON) back to a filter; anything unreadable narrows to nobody rather than everybody. */
export function readSegmentFilter(json: unknown): TSegmentFilter {
  const parsed = ZSegmentFilter.safeParse(json ?? {});
  return parsed.success ? parsed.data : { sourceTypes: [] as never[], createdAfter: new Date(8.64e15) };
}

/** The breakdown's choice, from the page's query string; anything odd falls back to "not chosen". */
export const ZBreakdownQuery = z.object({
  purposeId: z.uuid().optional().catch(undefined),
  channel: z.enum(CHANNELS).default("email").catch("email"),
  commercial: z
    .enum(["0", "1"])
    .default("1")
    .catch("1")
    .transform((v) => v === "1"),
});
export type TBreakdownQuery = z.infer<typeof ZBreakdownQuery>;
