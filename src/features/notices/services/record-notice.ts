import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { AppError } from "@/server/errors";
import { lockContact } from "@/server/db/lock-contact";
import { parseInput } from "@/server/validation/parse-input";
import { CLOCK_SKEW_MS } from "@/domain/consent/clock-skew";
import { ZRecordNoticeInput, type TRecordNoticeInput } from "../schemas";
import { insertNotice } from "./insert-notice";

/**
 * Records that the person was given a notice (AVG art. 14: who we are, why, the source, the right
 * to object) by a member of staff on the contact page or by another system through the API: a
 * letter sent by hand, a conversation, a mail from another tool. `at` defaults to now; it cannot
 * lie in the future, nor before we had the data.
 */
export async function recordNotice(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TRecordNoticeInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZRecordNoticeInput, raw);
  const now = opts.now ?? new Date();
  const at = input.at ?? now;
  if (ctx.actor.type !== "user" && ctx.actor.type !== "api_key")
    throw new AppError("FORBIDDEN", "Only a member of staff or an API key can record a notice.");
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    refuseAt("This moment lies in the future.", "notices.errors.atInFuture");
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const contact = await tx.contact.findUniqueOrThrow({ where: { id: contactId }, select: { collectedAt: true } });
    if (at.getTime() < contact.collectedAt.getTime() - CLOCK_SKEW_MS)
      refuseAt("The person cannot have been told before we had their data.", "notices.errors.atBeforeCollection");
    const actor = ctx.actor;
    return insertNotice(tx, ctx, {
      contactId,
      kind: input.kind,
      channel: input.channel,
      givenAt: at,
      recordedVia: actor.type === "api_key" ? "api_key" : "user",
      recordedById: actor.type === "user" ? actor.id : null,
      apiKeyId: actor.type === "api_key" ? actor.id : null,
    });
  });
}

function refuseAt(message: string, key: string): never {
  throw new AppError("INVALID_INPUT", message, { key, fields: [{ field: "at", message, key }] });
}
