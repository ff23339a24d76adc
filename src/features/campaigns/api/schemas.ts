import { z } from "zod";

export const ZApiReturnedMailQuery = z.object({
  /** The envelope recipient the mail server received it for: the return path with its +token. */
  recipient: z.string().trim().max(320).optional(),
});

export const ZApiReturnedMailResult = z.object({
  outcome: z.enum(["recorded", "unchanged", "unmatched", "ignored"]),
  kind: z.enum(["hard_bounce", "soft_bounce", "complaint"]).nullable(),
});
