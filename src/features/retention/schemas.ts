import { z } from "zod";

export const ZProposalIdInput = z.object({ proposalId: z.uuid() });
export type TProposalIdInput = z.input<typeof ZProposalIdInput>;

export const ZSetLegalHoldInput = z
  .object({
    contactId: z.uuid(),
    hold: z.boolean(),
    reason: z
      .string()
      .trim()
      .max(1000, { error: "validation.tooLong" })
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .refine((v) => !v.hold || v.reason, { path: ["reason"], message: "retention.errors.holdReasonRequired" });
export type TSetLegalHoldInput = z.input<typeof ZSetLegalHoldInput>;

const months = z.coerce
  .number({ error: "validation.nonNegative" })
  .int({ error: "validation.nonNegative" })
  .min(0, { error: "validation.nonNegative" })
  .max(240, { error: "validation.tooLarge" });

export const ZUpdateRetentionSettingsInput = z.object({
  retentionMonthsWithoutBasis: months.min(1, { error: "validation.nonNegative" }),
  retentionAutoErase: z.boolean(),
  eraseWhenConsentOnlyWithdrawn: z.boolean(),
  withdrawalGraceDays: z.coerce
    .number({ error: "validation.nonNegative" })
    .int({ error: "validation.nonNegative" })
    .min(0, { error: "validation.nonNegative" })
    .max(3650, { error: "validation.tooLarge" }),
  /** Per purpose id: months after the basis ended; null = the organisation's default. */
  purposeMonths: z.record(z.uuid(), months.nullable()).default({}),
});
export type TUpdateRetentionSettingsInput = z.input<typeof ZUpdateRetentionSettingsInput>;
