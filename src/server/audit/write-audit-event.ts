import type { Tx } from "../db/connect";
import type { AuditContext } from "./actor";
import { GENESIS_HASH, hashEntry } from "./audit-chain";

export type AuditInput = {
  action: string; // e.g. "consent.recorded", "user.deactivated"
  target?: { type: string; id: string };
  /** References and non-personal facts only (ids, counts, rule ids), never names or addresses. */
  metadata?: Record<string, unknown>;
};

// Serialises writers of the chain within their transactions, across app instances.
const AUDIT_LOCK = 5_270_313;

/**
 * Appends one entry to the audit trail inside the caller's transaction: the state
 * change and its audit entry commit or roll back together.
 */
export async function writeAuditEvent(tx: Tx, ctx: AuditContext, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  // A data subject's IP is evidence in their consent record, not part of the staff audit trail.
  const ip = ctx.actor.type === "user" || ctx.actor.type === "api_key" ? (ctx.request?.ip ?? null) : null;
  const fields = {
    at: new Date(),
    actorType: ctx.actor.type,
    actorId: ctx.actor.id ?? null,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    requestId: ctx.request?.requestId ?? null,
    ip,
    metadata: input.metadata ?? {},
  };
  await tx.auditEvent.create({
    data: { ...fields, metadata: fields.metadata as object, prevHash, hash: hashEntry(prevHash, fields) },
  });
}
