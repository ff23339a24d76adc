import type { ContactFacts } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { purposeOrNotFound, type LoadedPurpose } from "@/features/purposes";
import { oneContactFacts } from "./decide-batch";
import type { OutreachPolicy } from "./get-outreach-settings";
import { loadDecisionInputsOneTrip } from "./load-fact-rows-one-trip";

/** What a decision about one contact reads; the purpose only when one was asked for by key. */
export type ContactDecisionInputs<PurposeKey extends string | undefined = undefined> = {
  facts: ContactFacts;
  policy: OutreachPolicy;
} & (PurposeKey extends string ? { purpose: LoadedPurpose } : { purpose?: undefined });

/**
 * The engine's facts about one contact, as they stand at `at` (default now), with the organisation's
 * settings they were read beside and, given a `purposeKey`, that purpose: everything a single
 * eligibility decision reads but the suppression list's entries. The audience decider's path for a
 * batch of one (the same fact tables and the same assembleContactFacts), with the contact, its rows,
 * its notices, the settings and the purpose read in one statement: a single decision is on the
 * API's hot path, and each round trip in a row adds to every caller's wait. An unknown purpose
 * answers 404 before an unknown contact does, as the batch path (which reads the purpose first)
 * answers.
 */
export async function loadContactDecisionInputs<PurposeKey extends string | undefined = undefined>(
  db: Db,
  contactId: string,
  { at = new Date(), purposeKey }: { at?: Date; purposeKey?: PurposeKey } = {},
): Promise<ContactDecisionInputs<PurposeKey>> {
  const inputs = await loadDecisionInputsOneTrip(db, [contactId], purposeKey);
  const purpose = purposeKey === undefined ? undefined : purposeOrNotFound(inputs.purpose, purposeKey);
  const facts = await oneContactFacts(db, inputs, at);
  // The purpose is there exactly when a key was asked for, which the type says by the key's type.
  return { facts, policy: inputs.policy, ...(purpose ? { purpose } : {}) } as ContactDecisionInputs<PurposeKey>;
}
