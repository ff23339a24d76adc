import { z } from "zod";
import { CHANNELS } from "@/domain/vocabulary";
import { EVIDENCE_STRENGTHS } from "@/domain/consent";
import { OBLIGATIONS } from "@/domain/outreach";
import { ZDecideForContactInput } from "../schemas";
import { ZDate } from "@/features/consents/schemas";
import { ZIsoDateTime } from "@/server/http/api/common";

/**
 * "May I send THIS message (purpose) to THIS contact over THIS channel, now?" The answer comes from
 * the outreach service the campaigns use (decideForContact / the set-based batch decider): one
 * implementation of the law for the UI and the API.
 */
export const MAX_BATCH_CONTACTS = 10_000;

const purpose = z.string().trim().min(1, { error: "validation.required" }).max(100, { error: "validation.tooLong" });
/** Marketing unless said otherwise: the cautious default (a mail asking "may we mail you?" is marketing too). */
const commercial = z.boolean().default(true);

/**
 * The moment and the knowledge a decision is about. `at` (default now): the law in force then,
 * applied to every fact in effect then as known now. `knownAt`: count only records entered by
 * then; `asRecorded: true` means knownAt = at (what the send gate saw). Both optional: callers
 * that never sent them keep getting the same answers.
 */
const moment = {
  at: ZDate.optional(),
  knownAt: ZDate.optional(),
  asRecorded: z.boolean().default(false),
};

/** asRecorded and a different knownAt contradict each other: refuse rather than guess. */
function oneKnowledge(v: { at?: Date; knownAt?: Date; asRecorded: boolean }, ctx: z.RefinementCtx) {
  if (v.asRecorded && v.knownAt && v.at && v.knownAt.getTime() !== v.at.getTime())
    ctx.addIssue({ code: "custom", path: ["asRecorded"], message: "api.errors.knownAtConflict" });
}

/** The knowledge cut-off a request asks for, or undefined for "as known now". */
export function knownAtOf(v: { knownAt?: Date; asRecorded: boolean }, at: Date): Date | undefined {
  return v.knownAt ?? (v.asRecorded ? at : undefined);
}

export const ZApiEligibility = ZDecideForContactInput.pick({ contactId: true, channel: true, address: true })
  .extend({ purpose, commercial, ...moment })
  .superRefine(oneKnowledge);
export type TApiEligibility = z.output<typeof ZApiEligibility>;

export const ZApiEvidence = z.object({ type: z.string(), id: z.string() });

/**
 * What must go with the message or call, whatever the decision; always present, empty when none.
 * "art14_notice": the contact's data was not obtained from them and they have not been told yet
 * who we are, why, the source and their right to object (AVG art. 14 lid 3, art. 21 lid 4).
 */
export const ZApiObligations = z.array(z.enum(OBLIGATIONS));

export const ZApiEligibilityResult = z.object({
  decision: z.enum(["allow", "deny"]),
  rule: z.string(),
  citation: z.string(),
  explanation: z.object({ nl: z.string(), en: z.string() }),
  evidence: z.array(ZApiEvidence),
  /** The address or number the decision is about: the one asked for, or the one the rules picked. */
  contactPointId: z.string().nullable(),
  /** The rule-set version in force at `at` that decided, e.g. "NL-2026-07-01". */
  ruleSetVersion: z.string(),
  /** How well the consent the decision rests on can be shown: "strong", "standard" or "weak"
   *  (phone, not yet confirmed in writing). null when the decision does not rest on a consent. */
  evidenceStrength: z.enum(EVIDENCE_STRENGTHS).nullable(),
  obligations: ZApiObligations,
  at: ZIsoDateTime,
  /** Only records entered by this moment were counted; null = every record known now. */
  knownAt: ZIsoDateTime.nullable(),
});

export const ZApiEligibilityBatch = z
  .object({
    purpose,
    channel: z.enum(CHANNELS),
    commercial,
    contactIds: z
      .array(z.uuid())
      .min(1, { error: "validation.required" })
      .max(MAX_BATCH_CONTACTS, { error: "api.errors.tooManyContacts" }),
    ...moment,
  })
  .superRefine(oneKnowledge);
export type TApiEligibilityBatch = z.output<typeof ZApiEligibilityBatch>;

export const ZApiEligibilityBatchResult = z.object({
  results: z.array(
    z.object({
      contactId: z.uuid(),
      decision: z.enum(["allow", "deny"]),
      rule: z.string(),
      citation: z.string(),
      obligations: ZApiObligations,
    }),
  ),
  /** The rule-set version in force at `at`: one moment, one law, for the whole batch. */
  ruleSetVersion: z.string(),
  /** Ids that name no contact (never existed, or erased): nothing may be sent to them. */
  notFound: z.array(z.uuid()),
  at: ZIsoDateTime,
  /** Only records entered by this moment were counted; null = every record known now. */
  knownAt: ZIsoDateTime.nullable(),
});
