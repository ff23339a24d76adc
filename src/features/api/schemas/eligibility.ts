import { z } from "zod";
import { CHANNELS } from "@/domain/vocabulary";
import { EVIDENCE_STRENGTHS } from "@/domain/consent";
import { ZDecideForContactInput } from "@/features/outreach/schemas";
import { ZDate } from "@/features/consents/schemas";
import { ZIsoDateTime } from "./common";

/**
 * "May I send THIS message (purpose) to THIS contact over THIS channel, now?" The answer comes from
 * the outreach service the campaigns use (decideForContact / the set-based batch decider): one
 * implementation of the law for the UI and the API.
 */
export const MAX_BATCH_CONTACTS = 10_000;

const purpose = z.string().trim().min(1, { error: "validation.required" }).max(100, { error: "validation.tooLong" });
/** Marketing unless said otherwise: the cautious default (a mail asking "may we mail you?" is marketing too). */
const commercial = z.boolean().default(true);

export const ZApiEligibility = ZDecideForContactInput.pick({ contactId: true, channel: true, address: true }).extend({
  purpose,
  commercial,
  /** Decide as of another moment (e.g. to show why a past send was lawful). */
  at: ZDate.optional(),
});
export type TApiEligibility = z.output<typeof ZApiEligibility>;

export const ZApiEvidence = z.object({ type: z.string(), id: z.string() });

export const ZApiEligibilityResult = z.object({
  decision: z.enum(["allow", "deny"]),
  rule: z.string(),
  citation: z.string(),
  explanation: z.object({ nl: z.string(), en: z.string() }),
  evidence: z.array(ZApiEvidence),
  /** The address or number the decision is about: the one asked for, or the one the rules picked. */
  contactPointId: z.string().nullable(),
  /** How well the consent the decision rests on can be shown: "strong", "standard" or "weak"
   *  (phone, not yet confirmed in writing). null when the decision does not rest on a consent. */
  evidenceStrength: z.enum(EVIDENCE_STRENGTHS).nullable(),
  at: ZIsoDateTime,
});

export const ZApiEligibilityBatch = z.object({
  purpose,
  channel: z.enum(CHANNELS),
  commercial,
  contactIds: z
    .array(z.uuid())
    .min(1, { error: "validation.required" })
    .max(MAX_BATCH_CONTACTS, { error: "api.errors.tooManyContacts" }),
  at: ZDate.optional(),
});
export type TApiEligibilityBatch = z.output<typeof ZApiEligibilityBatch>;

export const ZApiEligibilityBatchResult = z.object({
  results: z.array(
    z.object({ contactId: z.uuid(), decision: z.enum(["allow", "deny"]), rule: z.string(), citation: z.string() }),
  ),
  /** Ids that name no contact (never existed, or erased): nothing may be sent to them. */
  notFound: z.array(z.uuid()),
  at: ZIsoDateTime,
});
