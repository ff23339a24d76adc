import { z } from "zod";

/** A small fixed palette: the badge tones, each a readable text/background pair. */
export const TAG_COLOURS = ["slate", "blue", "green", "amber", "red"] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

/** One page of the contacts list at most: a bulk action never reaches further than what was seen. */
export const MAX_BULK_CONTACTS = 100;

export const ZTagName = z
  .string()
  .trim()
  .min(1, { error: "validation.required" })
  .max(60, { error: "validation.tooLong" });

const contactIds = z
  .array(z.uuid())
  .min(1, { error: "tags.errors.noneSelected" })
  .max(MAX_BULK_CONTACTS, { error: "tags.errors.tooMany" });

/** Tag the selection with an existing tag (tagId) or one made by name (tagName); exactly one of both. */
export const ZTagContactsInput = z
  .object({
    contactIds,
    tagId: z.uuid().optional(),
    tagName: ZTagName.optional(),
    colour: z.enum(TAG_COLOURS).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.tagId === !v.tagName) ctx.addIssue({ code: "custom", path: ["tagName"], message: "tags.errors.chooseTag" });
  });
export type TTagContactsInput = z.input<typeof ZTagContactsInput>;

export const ZUntagContactsInput = z.object({ contactIds, tagId: z.uuid() });
export type TUntagContactsInput = z.input<typeof ZUntagContactsInput>;

export const ZRenameTagInput = z.object({ tagId: z.uuid(), name: ZTagName });
export type TRenameTagInput = z.input<typeof ZRenameTagInput>;

export const ZSetTagColourInput = z.object({ tagId: z.uuid(), colour: z.enum(TAG_COLOURS) });
export type TSetTagColourInput = z.input<typeof ZSetTagColourInput>;

export const ZTagIdInput = z.object({ tagId: z.uuid() });
export type TTagIdInput = z.input<typeof ZTagIdInput>;
