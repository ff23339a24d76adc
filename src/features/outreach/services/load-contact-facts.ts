import type { ContactFacts } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { purposeOrNotFound, type LoadedPurpose } from "@/features/purposes";
import { assembleContactFacts } from "./decide-batch";
import type { OutreachPolicy } from "./get-outreach-settings";
import { loadDecisionInputsOneTrip } from "./load-fact-rows-one-trip";
import { querySuppression } from "./suppression-source";

/**
 * The engine's facts about one contact, as they stand at `at` (default now), with the organisation's
 * settings they were read beside. The audience decider's path for a batch of one (the same fact
 * tables and the same assembleContactFacts), with the contact, its rows, its notices and the
 * settings read in one statement: a single decision is on the API's hot path, and each round trip
 * in a row adds to every caller's wait.
 */
export async function loadContactFactsAndPolicy(
  db: Db,
  contactId: string,
  at: Date = new Date(),
): Promise<{ facts: ContactFacts; policy: OutreachPolicy }> {
  const { facts, policy } = await load(db, contactId, at);
  return { facts, policy };
}

export async function loadContactFacts(db: Db, contactId: string, at: Date = new Date()): Promise<ContactFacts> {
  return (await load(db, contactId, at)).facts;
}

/**
 * The same, and the purpose asked for by key, in the same statement: everything a single
 * eligibility decision reads but the suppression list's entries. An unknown purpose answers 404
 * before an unknown contact does, as the batch path (which reads the purpose first) answers.
 */
export async function loadContactDecisionInputs(
  db: Db,
  contactId: string,
  purposeKey: string,
  at: Date = new Date(),
): Promise<{ facts: ContactFacts; policy: OutreachPolicy; purpose: LoadedPurpose }> {
  return load(db, contactId, at, purposeKey);
}

async function load(db: Db, contactId: string, at: Date): Promise<{ facts: ContactFacts; policy: OutreachPolicy }>;
async function load(
  db: Db,
  contactId: string,
  at: Date,
  purposeKey: string,
): Promise<{ facts: ContactFacts; policy: OutreachPolicy; purpose: LoadedPurpose }>;
async function load(db: Db, contactId: string, at: Date, purposeKey?: string) {
  const inputs = await loadDecisionInputsOneTrip(db, [contactId], purposeKey);
  const purpose = purposeKey === undefined ? undefined : purposeOrNotFound(inputs.purpose, purposeKey);
  const [contact] = inputs.contacts;
  if (!contact)
    throw new AppError("NOT_FOUND", "This contact does not exist (any more).", {
      key: "outreach.errors.contactNotFound",
    });
  // An empty list cannot suppress anyone: no identifier is hashed and no further statement is sent.
  const suppression = inputs.suppressionListed ? querySuppression(db, inputs.policy.suppressionSalt) : null;
  const [facts] = await assembleContactFacts([contact], inputs.rows, inputs.notices, at, suppression);
  return { facts, policy: inputs.policy, ...(purpose ? { purpose } : {}) };
}
