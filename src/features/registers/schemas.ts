import { z } from "zod";
import { ZMoment } from "@/features/requests/schemas";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined));

export const ZSaveProcessingRecordInput = z.object({
  purposeId: z.uuid(),
  description: z.string().trim().max(5000, { error: "validation.tooLong" }).default(""),
  dpiaReference: optionalText(500),
  dpiaDate: z
    .union([z.literal(""), ZMoment])
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : v)),
  liaText: optionalText(10000),
});
export type TSaveProcessingRecordInput = z.input<typeof ZSaveProcessingRecordInput>;
