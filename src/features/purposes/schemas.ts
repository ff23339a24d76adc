import { z } from "zod";
import { CHANNELS } from "@/domain/vocabulary";

/**
 * DPV purpose terms a purpose can map to (https://w3id.org/dpv#), so that exported consent
 * receipts name the purpose in a vocabulary other controllers read (docs/law/vocabularies.md).
 */
export const DPV_PURPOSES = [
  "dpv:DirectMarketing",
  "dpv:Advertising",
  "dpv:CustomerRelationshipManagement",
  "dpv:CommunicationForCustomerCare",
  "dpv:ServiceProvision",
] as const;

const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

/** A plain-language notice (AVG art. 12 lid 1, art. 13): what, why, how to withdraw. */
export const ZNoticeTexts = z.object({
  textNl: text(5000),
  textEn: text(5000),
});

export const ZCreatePurposeInput = z.object({
  // Stable machine key: travels in the API, campaigns and consent receipts, so it never changes.
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, { error: "purposes.errors.keyFormat" }),
  nameNl: text(120),
  nameEn: text(120),
  directMarketing: z.boolean(),
  channels: z.array(z.enum(CHANNELS)).min(1, { error: "purposes.errors.channelsRequired" }),
  dpvPurpose: z.enum(DPV_PURPOSES).default("dpv:DirectMarketing"),
  similarProductsOnly: z.boolean().default(false),
  ...ZNoticeTexts.shape,
});
export type TCreatePurposeInput = z.input<typeof ZCreatePurposeInput>;

/** Editing a notice never overwrites: it appends version n+1, because consents point at the
 *  exact version that was shown (AVG art. 7 lid 1). */
export const ZUpdatePurposeNoticeInput = z.object({ purposeId: z.uuid(), ...ZNoticeTexts.shape });
export type TUpdatePurposeNoticeInput = z.infer<typeof ZUpdatePurposeNoticeInput>;

/**
 * Names and the active flag may change. Channels and the direct-marketing flag may not: consents
 * already given were for the channels offered then, and widening them afterwards would stretch
 * that consent beyond what the person agreed to (art. 4 punt 11, specific). Make a new purpose.
 */
export const ZUpdatePurposeInput = z.object({
  purposeId: z.uuid(),
  nameNl: text(120).optional(),
  nameEn: text(120).optional(),
  active: z.boolean().optional(),
  dpvPurpose: z.enum(DPV_PURPOSES).optional(),
  // The period for the first call that this purpose's consent text states (telemarketing code:
  // "unless the consent text stated another period"). Empty = the organisation's phone setting.
  firstCallMonths: z
    .union([z.literal("").transform(() => null), z.null(), z.coerce.number().int().min(1).max(120)], {
      error: "purposes.errors.firstCallMonths",
    })
    .optional(),
});
export type TUpdatePurposeInput = z.input<typeof ZUpdatePurposeInput>;
