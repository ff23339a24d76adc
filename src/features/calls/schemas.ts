import { z } from "zod";

/** Outcomes of a sales call. "do_not_call" is a spoken objection (AVG art. 21 lid 3): recorded at once. */
export const CALL_OUTCOMES = [
  "reached",
  "no_answer",
  "voicemail",
  "call_back",
  "not_interested",
  "do_not_call",
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const ZCallListQuery = z.object({
  purpose: z.string().max(64).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  /** Only contacts with this tag (a list planned on the contacts page); the engine still decides each. */
  tag: z.uuid().optional().catch(undefined),
});

export const ZLogCallInput = z.object({
  contactId: z.uuid(),
  purposeId: z.uuid(),
  phoneNumberId: z.uuid(),
  outcome: z.enum(CALL_OUTCOMES),
  notes: z.string().trim().max(2000, { error: "validation.tooLong" }).optional(),
  /** The caller said the art. 14 notice (the call list's opening line): recorded as given by phone. */
  noticeGiven: z.boolean().default(false),
});
export type TLogCallInput = z.input<typeof ZLogCallInput>;

/** Outcomes in which nobody heard anything: no notice can have been given. */
export const SILENT_OUTCOMES: readonly CallOutcome[] = ["no_answer"];
