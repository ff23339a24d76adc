import { z } from "zod";
import { CHANNELS, NOTICE_KINDS, NOTICE_RECORDED_VIA } from "@/domain/vocabulary";
import { ZRecordNoticeInput } from "../schemas";
import { ZIsoDateTime } from "@/server/http/api/common";

/**
 * "The person was told" (AVG art. 14: data not obtained from them). The body is the notices
 * feature's own input: `kind` ("art14"), `channel` (email, sms, phone, post) and `at` (default now),
 * so a field error names the field the caller sent.
 */
export const ZApiRecordNotice = ZRecordNoticeInput;

export const ZApiNotice = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  kind: z.enum(NOTICE_KINDS),
  channel: z.enum(CHANNELS),
  /** When the person was told (the `at` sent, or the moment of the call). */
  givenAt: ZIsoDateTime,
  recordedAt: ZIsoDateTime,
  /** "api_key" for notices recorded through the API. */
  recordedVia: z.enum(NOTICE_RECORDED_VIA),
});
