import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZApiKeyIdInput, type TApiKeyIdInput } from "../schemas";

/**
 * Revokes a key at once: the next request with it gets 401 (keys are looked up on every request,
 * never cached, so revocation works across all app instances immediately). Kept, not deleted, so
 * that the audit trail's references to it stay resolvable.
 */
export async function revokeApiKey(db: Db, ctx: AuditContext, raw: TApiKeyIdInput, now = new Date()) {
  const { apiKeyId } = parseInput(ZApiKeyIdInput, raw);
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: apiKeyId }, select: { id: true, revokedAt: true } });
    if (!key) throw new AppError("NOT_FOUND", "This API key does not exist.", { key: "apiKeys.errors.notFound" });
    if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
    const revoked = await tx.apiKey.update({
      where: { id: key.id },
      data: { revokedAt: now },
      select: { id: true, revokedAt: true },
    });
    await writeAuditEvent(tx, ctx, { action: "api_key.revoked", target: { type: "api_key", id: key.id } });
    return revoked;
  });
}
