import { z } from "zod";
import { ZPhotoUploads } from "./photo-uploads";
import { CHANNELS, CONSENT_METHODS, SOURCE_TYPES } from "@/domain/vocabulary";
import { ZCreateContactInput } from "@/features/contacts/schemas";
import { ZAttachmentInput, ZConsentEvidence, ZDate } from "@/features/consents/schemas";

/**
 * The "Log an opt-in" screen in one request: an existing contact or a new one (from a business
 * card), the purposes ticked with the notice version shown for each, and the evidence they share.
 */
export const ZOptInPurpose = z.object({
  purpose: z.string().trim().min(1).max(64),
  channels: z.array(z.enum(CHANNELS)).optional(),
  noticeVersion: z.coerce.number().int().positive(),
});

export const ZNewContactFromCard = ZCreateContactInput.omit({ consents: true, source: true }).extend({
  sourceType: z.enum(SOURCE_TYPES).default("business_card"),
});

export const ZLogOptInFields = z.object({
  contactId: z.uuid().optional(),
  newContact: ZNewContactFromCard.optional(),
  purposes: z.array(ZOptInPurpose).min(1, { error: "consents.errors.choosePurpose" }).max(20),
  method: z.enum(CONSENT_METHODS),
  capturedAt: ZDate,
  affirmativeAct: z.boolean().optional(),
  location: ZConsentEvidence.shape.location,
  statement: ZConsentEvidence.shape.statement,
  grantor: ZConsentEvidence.shape.grantor,
  attachments: z.array(ZAttachmentInput).max(5).optional(),
  /** Weak evidence (phone, no recording): mail the contact a written confirmation now. Default yes. */
  sendWrittenConfirmation: z.boolean().optional(),
});

const oneContact = (v: { contactId?: string; newContact?: unknown }) => (v.contactId ? !v.newContact : !!v.newContact);

export const ZLogOptInInput = ZLogOptInFields.refine(oneContact, {
  error: "consents.errors.chooseContact",
  path: ["contactId"],
});
export type TLogOptInInput = z.input<typeof ZLogOptInInput>;

/** What the browser sends: photos as Blobs (React serialises them), read into bytes by the action. */
export const ZLogOptInActionInput = ZLogOptInFields.omit({ attachments: true })
  .extend({
    photos: ZPhotoUploads,
  })
  .refine(oneContact, { error: "consents.errors.chooseContact", path: ["contactId"] });

/** How far a phone's clock may be off before its times are not believed: a day either way. */
export const MAX_CLOCK_OFFSET_MS = 24 * 60 * 60 * 1000;

/**
 * An opt-in logged on a phone without network and uploaded later: the same fields as the online
 * screen, plus the id the phone gave it (which makes the upload idempotent), the moment on the
 * phone's clock and how far that clock was off at its last contact with the server.
 */
export const ZOfflineOptInFields = ZLogOptInFields.omit({ capturedAt: true }).extend({
  clientId: z.uuid(),
  givenAtDevice: ZDate,
  /** Server time minus device time in milliseconds, measured at the last sync. */
  clockOffsetMs: z.number().int().min(-MAX_CLOCK_OFFSET_MS).max(MAX_CLOCK_OFFSET_MS),
});
export const ZOfflineOptInInput = ZOfflineOptInFields.refine(oneContact, {
  error: "consents.errors.chooseContact",
  path: ["contactId"],
});
export type TOfflineOptInInput = z.input<typeof ZOfflineOptInInput>;

/** What the phone uploads: the card photo as a Blob, read into bytes by the action. */
export const ZOfflineOptInActionInput = ZOfflineOptInFields.omit({ attachments: true })
  .extend({
    photos: ZPhotoUploads,
  })
  .refine(oneContact, { error: "consents.errors.chooseContact", path: ["contactId"] });
