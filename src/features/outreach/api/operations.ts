import { defineOperation } from "@/server/http/api/operation";
import { ZApiEligibility, ZApiEligibilityBatch, ZApiEligibilityBatchResult, ZApiEligibilityResult } from "./schemas";

export const eligibilityOp = defineOperation({
  id: "decideEligibility",
  method: "POST",
  path: "/eligibility",
  scope: "eligibility:read",
  tag: "Eligibility",
  summary: "May I send this message (purpose) to this contact over this channel, now?",
  description:
    "The answer of the outreach rules (erasure, restriction, objection, withdrawal, Tw art. 11.7 for e-mail and SMS, telemarketing, post), " +
    "with the rule that decided, its citation, an explanation in Dutch and English, and the records that prove it. " +
    "`commercial` defaults to true. `address` names which e-mail address or phone number you mean to use. " +
    "The law applied is the rule-set version in force at `at` (default now), named in `ruleSetVersion` " +
    '(e.g. "NL-2026-07-01": since 1 July 2026 telemarketing to customers who are natural persons needs consent). ' +
    "Facts: `at` alone counts every record in effect at `at` as known now (a consent logged late or imported " +
    'counts from when it was given: "was the send of 1 March lawful?"). `knownAt` (optional, default: none, i.e. ' +
    "as known now) counts only records entered by then; `asRecorded: true` (default false) means knownAt = at, the " +
    "view the send gate had, which replays a stored decision. The answer echoes `knownAt` (null when not used). " +
    "`commercial` defaults to true; `at` defaults to now. `address` names which e-mail address or phone number you mean to use " +
    "(default: the rules pick the best one they allow). `evidenceStrength` says how well the consent the decision rests on can be shown " +
    "(`strong`, `standard`, or `weak` for a phone opt-in not yet confirmed in writing); null when no consent decided. " +
    "`obligations` (always present, `[]` when none) lists what must go with the message or call whatever the decision: " +
    '`"art14_notice"` while a contact whose data we did not get from them (public source, purchased or rented list, referral) ' +
    "has not yet been told who we are, why, the source and their right to object (AVG art. 14 lid 3, art. 21 lid 4). Include that " +
    "information and record it with POST /contacts/{id}/notices; an obligation never changes allow into deny.",
  body: ZApiEligibility,
  success: { status: 200, schema: ZApiEligibilityResult, description: "The decision." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
  example: {
    request: { contactId: "0193a5b2-7c1e-7d3f-9a61-2f0c1e4b5a6d", purpose: "newsletter", channel: "email" },
    response: {
      decision: "allow",
      rule: "consent",
      citation: "Tw art. 11.7 lid 1",
      explanation: {
        nl: "Toestemming voor 'newsletter' via e-mail gegeven op 2026-11-22. Bewijs: sterk.",
        en: "Consent for 'newsletter' by e-mail given on 2026-11-22. Evidence: strong.",
      },
      evidence: [{ type: "consent", id: "0193a5b2-8d2f-7e40-8b72-3a1d2f5c6b7e" }],
      contactPointId: "0193a5b2-7c1f-7a11-b2c3-d4e5f6a7b8c9",
      ruleSetVersion: "NL-2026-07-01",
      evidenceStrength: "strong",
      obligations: [],
      at: "2026-11-23T09:00:00.000Z",
      knownAt: null,
    },
  },
});

export const eligibilityBatchOp = defineOperation({
  id: "decideEligibilityBatch",
  method: "POST",
  path: "/eligibility/batch",
  scope: "eligibility:read",
  tag: "Eligibility",
  summary: "The same question for up to 10,000 contacts at once",
  description:
    "Decided set-based by the same engine as a single decision. Results are in the order asked; ids that name no contact are listed in `notFound`. " +
    "`at`, `knownAt` and `asRecorded` mean the same as for a single decision (all optional; default now, as known now). " +
    'Each result carries `obligations` as a single decision does (`[]` when none, `["art14_notice"]` while the art. 14 notice is due). ' +
    "Defaults: `commercial` = true, `at` = now.",
  body: ZApiEligibilityBatch,
  success: { status: 200, schema: ZApiEligibilityBatchResult, description: "One result per known contact." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
  example: {
    request: { purpose: "newsletter", channel: "email", contactIds: ["0193a5b2-7c1e-7d3f-9a61-2f0c1e4b5a6d"] },
  },
});
