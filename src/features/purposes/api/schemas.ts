import { z } from "zod";
import { CHANNELS } from "@/domain/vocabulary";
import { DPV_PURPOSES, ZCreatePurposeInput } from "../schemas";
import { listOf, ZIsoDateTime } from "@/server/http/api/common";

/**
 * The purpose as the API names it ({ name: {nl, en}, notice: {nl, en} }); each field is the
 * purposes feature's own schema, so the rules (key format, lengths, at least one channel) are one.
 */
const shape = ZCreatePurposeInput.shape;
export const ZApiCreatePurpose = z.object({
  key: shape.key,
  name: z.object({ nl: shape.nameNl, en: shape.nameEn }),
  notice: z.object({ nl: shape.textNl, en: shape.textEn }),
  directMarketing: shape.directMarketing,
  channels: shape.channels,
  dpvPurpose: shape.dpvPurpose,
  similarProductsOnly: shape.similarProductsOnly,
});
export type TApiCreatePurpose = z.output<typeof ZApiCreatePurpose>;

/** Service field -> API field, for error messages. */
export const PURPOSE_FIELD_NAMES: Record<string, string> = {
  nameNl: "name.nl",
  nameEn: "name.en",
  textNl: "notice.nl",
  textEn: "notice.en",
};

export const ZApiPurpose = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.object({ nl: z.string(), en: z.string() }),
  /** The current notice text; consents name the version they were given on. */
  notice: z.object({ nl: z.string(), en: z.string(), version: z.int() }).nullable(),
  version: z.int(),
  directMarketing: z.boolean(),
  channels: z.array(z.enum(CHANNELS)),
  dpvPurpose: z.enum(DPV_PURPOSES).or(z.string()),
  similarProductsOnly: z.boolean(),
  active: z.boolean(),
  createdAt: ZIsoDateTime,
});
export const ZApiPurposeList = listOf(ZApiPurpose);
