import type { ContactFacts } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { contactsByIds } from "./audience-query";
import { assembleContactFacts } from "./decide-batch";
import { getOutreachPolicy, type OutreachPolicy } from "./get-outreach-settings";
import { loadFactAndNoticeRowsOneTrip } from "./load-fact-rows-one-trip";
import { querySuppression } from "./suppression-source";

/**
 * The engine's facts about one contact, as they stand at `at` (default now). The audience decider's
 * path for a batch of one, with the contact, its rows and its notices read side by side: a single
 * decision is on the API's hot path, and each round trip in a row adds to every caller's wait.
 */
export async function loadContactFacts(
  db: Db,
  contactId: string,
  at: Date = new Date(),
  policy?: OutreachPolicy | Promise<OutreachPolicy>,
): Promise<ContactFacts> {
  const [[contact], { suppressionSalt }, { rows, notices }] = await Promise.all([
    contactsByIds(db, [contactId]),
    policy ?? getOutreachPolicy(db),
    loadFactAndNoticeRowsOneTrip(db, [contactId]),
  ]);
  if (!contact)
    throw new AppError("NOT_FOUND", "This contact does not exist (any more).", {
      key: "outreach.errors.contactNotFound",
    });
  const [facts] = await assembleContactFacts([contact], rows, notices, at, querySuppression(db, suppressionSalt));
  return facts;
}
