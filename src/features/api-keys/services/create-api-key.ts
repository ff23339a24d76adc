import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { parseInput } from "@/server/validation/parse-input";
import { ZCreateApiKeyInput, type TCreateApiKeyInput } from "../schemas";
import { generateApiKey } from "../key-format";

/**
 * Creates a key and returns it in full exactly once: only its hash is stored, so a lost key is
 * revoked and replaced, never recovered (a readable copy in the database would be a credential
 * for anyone who can read a backup).
 */
export async function createApiKey(db: Db, ctx: AuditContext, raw: TCreateApiKeyInput) {
  const input = parseInput(ZCreateApiKeyInput, raw);
  const key = generateApiKey();
  const scopes = [...new Set(input.scopes)];
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        name: input.name,
        prefix: key.prefix,
        hash: key.hash,
        scopes,
        createdById: actorUserId(ctx),
      },
      select: { id: true, name: true, prefix: true, scopes: true, createdAt: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "api_key.created",
      target: { type: "api_key", id: row.id },
      metadata: { prefix: row.prefix, scopes },
    });
    return { ...row, token: key.token };
  });
}
