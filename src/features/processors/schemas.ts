import { z } from "zod";
import { ZMoment } from "@/features/requests/schemas";

const text = (max: number) => z.string().trim().max(max, { error: "validation.tooLong" });
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalMoment = z
  .union([z.literal(""), ZMoment])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : v));
const country = text(2)
  .regex(/^[A-Za-z]{2}$/, { error: "processors.errors.country" })
  .transform((v) => v.toUpperCase());

export const ZSaveProcessorInput = z.object({
  id: z.uuid().optional(),
  name: text(200).min(1, { error: "validation.required" }),
  description: text(2000).default(""),
  contactEmail: optionalText(254),
  agreementSignedAt: optionalMoment,
  agreementReference: optionalText(500),
  agreementReviewAt: optionalMoment,
  location: country,
  transferMechanism: optionalText(500),
  receivesContactData: z.boolean().default(true),
  purposeIds: z.array(z.uuid()).default([]),
});
export type TSaveProcessorInput = z.input<typeof ZSaveProcessorInput>;

export const ZAddSubProcessorInput = z.object({
  processorId: z.uuid(),
  name: text(200).min(1, { error: "validation.required" }),
  service: text(500).default(""),
  location: country,
  transferMechanism: optionalText(500),
  authorisedAt: optionalMoment,
  authorisationReference: optionalText(500),
});
export type TAddSubProcessorInput = z.input<typeof ZAddSubProcessorInput>;

/** That a processor was told about one erasure (AVG art. 19): of a request, or of a retention run. */
export const ZMarkProcessorNotifiedInput = z
  .object({
    processorId: z.uuid(),
    requestId: z.uuid().optional(),
    retentionProposalId: z.uuid().optional(),
  })
  .refine((v) => Boolean(v.requestId) !== Boolean(v.retentionProposalId), {
    error: "Name either the request or the retention proposal.",
    path: ["requestId"],
  });
export type TMarkProcessorNotifiedInput = z.input<typeof ZMarkProcessorNotifiedInput>;
