import { z } from "zod";
import { SOURCE_TYPES } from "@/domain/vocabulary";

export const ZApiImportQuery = z.object({
  source: z.enum(SOURCE_TYPES).describe("Where the whole file came from (AVG art. 14 lid 2 sub f)."),
  sourceDetail: z
    .string()
    .trim()
    .max(500)
    .optional()
    .describe(
      "Which fair, list vendor or system; required for event, web_form, public_source, purchased_list, referral.",
    ),
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .describe("`true`: count what would happen and write nothing. Defaults to `false`."),
  onConflict: z
    .enum(["keep", "replace"])
    .optional()
    .describe(
      "A row that merges into a contact whose name, job title, notes or company differ: `keep` the contact's values, or `replace` them with the row's (undoing the import restores them). Empty fields are filled either way. Defaults to `keep`.",
    ),
});

export const IMPORT_API_STATUSES = ["draft", "queued", "running", "done", "failed", "cancelled", "undone"] as const;

export const ZApiImportCreated = z.object({ id: z.uuid(), status: z.enum(IMPORT_API_STATUSES) });

export const ZApiImport = z.object({
  id: z.uuid(),
  status: z.enum(IMPORT_API_STATUSES),
  dryRun: z.boolean(),
  total: z.number().int().nullable().describe("Rows in the file; known once the import has read it all."),
  rowsDone: z.number().int(),
  created: z.number().int(),
  merged: z.number().int(),
  suppressed: z.number().int(),
  refused: z.number().int(),
  errors: z
    .array(z.object({ row: z.number().int(), field: z.string().nullable(), message: z.string().nullable() }))
    .describe("The first 100 refused or suppressed rows; all of them are in `errorsCsv`."),
  errorsTotal: z.number().int(),
  errorsCsv: z.string().describe("Path of the CSV with every refused row (line, outcome, field, code, message)."),
});
