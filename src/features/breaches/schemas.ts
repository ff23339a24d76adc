import { z } from "zod";
import { SOURCE_TYPES } from "@/domain/vocabulary";
import { ZMoment } from "@/features/requests/schemas";

export const BREACH_RISKS = ["unlikely", "risk", "high_risk"] as const;
export const NOTIFICATION_PHASES = ["initial", "supplement"] as const;
/** Categories of personal data this product holds, as a breach form offers them. */
export const BREACH_DATA_CATEGORIES = [
  "contact_details",
  "consent_evidence",
  "notes",
  "request_correspondence",
  "credentials",
] as const;
export const BREACH_SUBJECT_CATEGORIES = ["prospects", "customers", "requesters", "staff"] as const;

const text = (max: number) => z.string().trim().max(max, { error: "validation.tooLong" });
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalCount = z
  .union([z.number(), z.string().trim()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: "custom", message: "breaches.errors.count" });
      return z.NEVER;
    }
    return n;
  });

export const ZRegisterBreachInput = z
  .object({
    title: text(200).min(1, { error: "validation.required" }),
    occurredAt: ZMoment.optional(),
    awareAt: ZMoment,
    reportedByProcessorId: z.uuid().optional(),
    description: text(5000).min(1, { error: "validation.required" }),
    dataCategories: z.array(z.enum(BREACH_DATA_CATEGORIES)).default([]),
    subjectCategories: z.array(z.enum(BREACH_SUBJECT_CATEGORIES)).default([]),
    approxSubjects: optionalCount,
    approxRecords: optionalCount,
    consequences: text(5000).default(""),
    measures: text(5000).default(""),
    risk: z.enum(BREACH_RISKS),
    notNotifiedReason: optionalText(5000),
  })
  .superRefine((v, ctx) => {
    // Art. 33 lid 5: a breach that is not notified is documented with the reasoning.
    if (v.risk === "unlikely" && !v.notNotifiedReason) {
      ctx.addIssue({ code: "custom", path: ["notNotifiedReason"], message: "breaches.errors.reasonRequired" });
    }
    if (v.occurredAt && v.occurredAt > v.awareAt) {
      ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "breaches.errors.occurredAfterAware" });
    }
  });
export type TRegisterBreachInput = z.input<typeof ZRegisterBreachInput>;

export const ZRecordNotificationInput = z.object({
  breachId: z.uuid(),
  phase: z.enum(NOTIFICATION_PHASES),
  sentAt: ZMoment,
  reference: optionalText(100),
  summary: text(5000).min(1, { error: "validation.required" }),
  lateReason: optionalText(5000),
});
export type TRecordNotificationInput = z.input<typeof ZRecordNotificationInput>;

export const ZAssessBreachInput = z.object({
  breachId: z.uuid(),
  risk: z.enum(BREACH_RISKS),
  notNotifiedReason: optionalText(5000),
});
export type TAssessBreachInput = z.input<typeof ZAssessBreachInput>;

/**
 * Who was affected: everyone a campaign went to (the audit trail of what was sent), or a query
 * over the data (source, collection period, consent for a purpose). At least one criterion.
 */
export const ZSelectAffectedInput = z.discriminatedUnion("mode", [
  z.object({ breachId: z.uuid(), mode: z.literal("campaign"), campaignId: z.uuid() }),
  z
    .object({
      breachId: z.uuid(),
      mode: z.literal("query"),
      sourceType: z.enum(SOURCE_TYPES).optional(),
      purposeId: z.uuid().optional(),
      collectedFrom: ZMoment.optional(),
      collectedUntil: ZMoment.optional(),
    })
    .refine((v) => v.sourceType || v.purposeId || v.collectedFrom || v.collectedUntil, {
      message: "breaches.errors.criterionRequired",
      path: ["sourceType"],
    }),
]);
export type TSelectAffectedInput = z.input<typeof ZSelectAffectedInput>;

export const ZNotifySubjectsInput = z.object({
  breachId: z.uuid(),
  subject: text(200).min(1, { error: "validation.required" }),
  text: text(10000).min(1, { error: "validation.required" }),
});
export type TNotifySubjectsInput = z.input<typeof ZNotifySubjectsInput>;

export const ZBreachIdInput = z.object({ breachId: z.uuid() });
