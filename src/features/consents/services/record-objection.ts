import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import { insertObjection } from "./insert-objection";
import type { AuditContext } from "@/server/audit/actor";
import { lockContact } from "@/server/db/lock-contact";
import { ZRecordObjectionInput, type TRecordObjectionInput } from "../schemas";
import { notInFuture } from "../rules/record-rules";
import { refuseIfProblems } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";

/**
 * An objection (AVG art. 21). To direct marketing it is absolute and immediate (lid 2-3): no
 * balancing, all channels, all direct-marketing purposes; the outreach rules read it at once. A
 * spoken "don't call me again" on the phone is one, and is recorded here by the caller.
 */
export async function recordObjection(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TRecordObjectionInput,
  opts: { now?: Date; requestId?: string; web?: { ip: string; userAgent: string } } = {},
) {
  const input = parseInput(ZRecordObjectionInput, raw);
  const now = opts.now ?? new Date();
  const receivedAt = input.receivedAt ?? now;
  refuseIfProblems(notInFuture(receivedAt, now, "receivedAt"), false);
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const objection = await insertObjection(tx, ctx, {
      contactId,
      scope: input.scope,
      receivedAt,
      receivedVia: input.receivedVia,
      recordedById: actorUserId(ctx),
      requestId: opts.requestId ?? null,
      web: opts.web,
    });
    return objection;
  });
}
