import { z } from "zod";
import { OBJECTION_SCOPES } from "@/domain/vocabulary";

/** The pauses the page offers, in months. */
export const PAUSE_MONTHS = [1, 3, 6] as const;

/** One change on the preference page. `purpose` is a purpose key. */
export const ZPreferenceChange = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("pause"),
    months: z.coerce
      .number()
      .int()
      .refine((m) => (PAUSE_MONTHS as readonly number[]).includes(m)),
  }),
  z.object({ kind: z.literal("resume") }),
  z.object({ kind: z.literal("withdraw"), purpose: z.string().trim().min(1).max(64) }),
  z.object({ kind: z.literal("grant"), purpose: z.string().trim().min(1).max(64) }),
  z.object({ kind: z.literal("object"), scope: z.enum(OBJECTION_SCOPES) }),
]);
export type TPreferenceChange = z.input<typeof ZPreferenceChange>;

export const ZSendPreferenceLink = z.object({
  email: z.string().trim().min(1).max(254),
  ip: z.string().trim().min(1).max(100),
  language: z.enum(["nl", "en"]).default("nl"),
});
export type TSendPreferenceLink = z.input<typeof ZSendPreferenceLink>;
