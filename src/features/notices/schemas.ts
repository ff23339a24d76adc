import { z } from "zod";
import { CHANNELS, NOTICE_KINDS } from "@/domain/vocabulary";
import { ZDate } from "@/schemas/fields";

/**
 * "The person was told": the input of recording a notice, shared by the contact page and the API
 * (POST /api/v1/contacts/{id}/notices). `at` defaults to now.
 */
export const ZRecordNoticeInput = z.object({
  kind: z.enum(NOTICE_KINDS, { error: "validation.choose" }),
  channel: z.enum(CHANNELS, { error: "validation.choose" }),
  /** When the person was told; default now. Not before the data was collected, not in the future. */
  at: ZDate.optional(),
});
export type TRecordNoticeInput = z.input<typeof ZRecordNoticeInput>;

/** The privacy officer's list of notices still due, a page at a time. */
export const NOTICES_DUE_PAGE_SIZE = 50;
export const ZNoticesDueQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type TNoticesDueQuery = z.infer<typeof ZNoticesDueQuery>;
