import { actorUserId } from "@/server/audit/actor";
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { isAllowedWebhookUrl, ZCreateWebhookEndpointInput, type TCreateWebhookEndpointInput } from "../schemas";

/**
 * Registers an endpoint and returns its signing secret once. The secret is kept in the database
 * in clear because signing needs it (unlike an API key, which only needs to be recognised); the
 * client hides it from every query by default and no screen shows it again.
 */
export async function createWebhookEndpoint(
  db: Db,
  ctx: AuditContext,
  raw: TCreateWebhookEndpointInput,
  opts: { nodeEnv: string },
) {
  const input = parseInput(ZCreateWebhookEndpointInput, raw);
  if (!isAllowedWebhookUrl(input.url, opts.nodeEnv)) {
    const message = "Use an https:// address (without a user name or password in it).";
    throw new AppError("INVALID_INPUT", message, {
      key: "webhooks.errors.url",
      fields: [{ field: "url", message, key: "webhooks.errors.url" }],
    });
  }
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const events = [...new Set(input.events)];
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { url: input.url, events, secret, createdById: actorUserId(ctx) },
      select: { id: true, url: true, events: true, active: true, createdAt: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "webhook_endpoint.created",
      target: { type: "webhook_endpoint", id: endpoint.id },
      metadata: { events },
    });
    return { ...endpoint, secret };
  });
}
