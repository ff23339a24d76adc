import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { lockContact } from "@/server/db/lock-contact";
import { ZAddCustomerRelationshipInput, type TAddCustomerRelationshipInput } from "../schemas";
import { checkCustomerRelationship } from "../rules/record-rules";
import { refuseIfProblems } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";

/**
 * A customer relationship: the ground of the customer exception for e-mail (Tw art. 11.7 lid 3,
 * only with an opt-out offered at collection) and of calling (former) customers (telemarketing code).
 */
export async function addCustomerRelationship(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TAddCustomerRelationshipInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZAddCustomerRelationshipInput, raw);
  const now = opts.now ?? new Date();
  refuseIfProblems(checkCustomerRelationship({ ...input, now }), false);
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const relationship = await tx.customerRelationship.create({
      data: {
        contactId,
        since: input.since,
        until: input.until ?? null,
        products: input.products,
        kind: input.kind,
        optOutOfferedAtCollection: input.optOutOfferedAtCollection,
        paid: input.paid,
        recordedById: actorUserId(ctx),
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "customer_relationship.added",
      target: { type: "contact", id: contactId },
      metadata: {
        relationshipId: relationship.id,
        kind: relationship.kind,
        optOutOffered: relationship.optOutOfferedAtCollection,
        paid: relationship.paid,
        products: relationship.products.length,
      },
    });
    return relationship;
  });
}
