import type { ContactFacts } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { contactsByIds } from "./audience-query";
import { loadContactFactsBatch } from "./decide-batch";
import { getOutreachPolicy, type OutreachPolicy } from "./get-outreach-settings";
import { querySuppression } from "./suppression-source";

/** The engine's facts about one contact, as they stand at `at` (default now). Same code path as
 *  the audience decider: a batch of one. */
export async function loadContactFacts(
  db: Db,
  contactId: string,
  at: Date = new Date(),
  policy?: OutreachPolicy | Promise<OutreachPolicy>,
): Promise<ContactFacts> {
  const [[contact], { suppressionSalt }] = await Promise.all([
    contactsByIds(db, [contactId]),
    policy ?? getOutreachPolicy(db),
  ]);
  if (!contact)
    throw new AppError("NOT_FOUND", "This contact does not exist (any more).", {
      key: "outreach.errors.contactNotFound",
    });
  const [facts] = await loadContactFactsBatch(db, [contact], at, querySuppression(db, suppressionSalt));
  return facts;
}
