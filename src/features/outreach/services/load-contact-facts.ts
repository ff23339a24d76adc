import type { ContactFacts } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { contactsByIds } from "./audience-query";
import { loadContactFactsBatch } from "./decide-batch";
import { getOutreachPolicy } from "./get-outreach-settings";
import { querySuppression } from "./suppression-source";

/** The engine's facts about one contact, as they stand at `at` (default now). Same code path as
 *  the audience decider: a batch of one. */
export async function loadContactFacts(db: Db, contactId: string, at: Date = new Date()): Promise<ContactFacts> {
  const [contact] = await contactsByIds(db, [contactId]);
  if (!contact) throw new AppError("NOT_FOUND", "This contact does not exist (any more).", { key: "outreach.errors.contactNotFound" });
  const { suppressionSalt } = await getOutreachPolicy(db);
  const [facts] = await loadContactFactsBatch(db, [contact], at, querySuppression(db, suppressionSalt));
  return facts;
}
