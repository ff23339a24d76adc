import { z } from "zod";
import { IMPORT_FIELDS } from "@/domain/imports";
import { SOURCE_TYPES } from "@/domain/vocabulary";

/**
 * Input of the import screens and the REST API. The file's provenance is required for every
 * import (AVG art. 14 lid 2 sub f: the person must be told where their data came from).
 */
const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

export const ZImportProvenance = z.object({
  sourceType: z.enum(SOURCE_TYPES),
  sourceDetail: optText(500),
});

/** Column index -> field (or null to ignore the column), as the user confirmed it. */
export const ZImportMapping = z.array(z.enum(IMPORT_FIELDS).nullable()).max(500);
export type TImportMapping = z.output<typeof ZImportMapping>;

/**
 * A row that matches a contact whose field holds another value: keep the contact's ("keep", the
 * default: an import never overwrites unasked) or take the file's ("replace"; undo restores it).
 */
export const IMPORT_CONFLICT_CHOICES = ["keep", "replace"] as const;
export const ZImportConflict = z.enum(IMPORT_CONFLICT_CHOICES);

export const ZStartImportInput = ZImportProvenance.extend({
  batchId: z.uuid(),
  mapping: ZImportMapping,
  dryRun: z.boolean(),
  onConflict: ZImportConflict.default("keep"),
});
export type TStartImportInput = z.input<typeof ZStartImportInput>;

export const ZImportBatchId = z.object({ batchId: z.uuid() });
export type TImportBatchId = z.input<typeof ZImportBatchId>;

/** The largest file accepted: a million rows of a typical CRM export is about 150 MB. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;
