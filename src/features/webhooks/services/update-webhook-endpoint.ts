import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { scrubErasureNoticesOfInactiveEndpoints } from "../scrub-erasure-notices";
import { ZSetWebhookEndpointActiveInput, ZWebhookDeliveryIdInput } from "../schemas";

/**
 * A disabled endpoint gets no new events; deliveries already queued wait until it is enabled again,
 * except erasure notices, which are given up at once so that no hash of the person stays behind.
 */
export async function setWebhookEndpointActive(
  db: Db,
  ctx: AuditContext,
  raw: { endpointId: string; active: boolean },
) {
  const input = parseInput(ZSetWebhookEndpointActiveInput, raw);
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({
      where: { id: input.endpointId },
      select: { id: true, active: true },
    });
    if (!endpoint)
      throw new AppError("NOT_FOUND", "This endpoint does not exist.", { key: "webhooks.errors.notFound" });
    if (endpoint.active === input.active) return endpoint;
    const updated = await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { active: input.active },
      select: { id: true, active: true },
    });
    if (!input.active) await scrubErasureNoticesOfInactiveEndpoints(tx, endpoint.id);
    await writeAuditEvent(tx, ctx, {
      action: input.active ? "webhook_endpoint.enabled" : "webhook_endpoint.disabled",
      target: { type: "webhook_endpoint", id: endpoint.id },
    });
    return updated;
  });
}

/** A delivery that gave up (or one an administrator wants again) is queued for an attempt now. */
export async function retryWebhookDelivery(db: Db, ctx: AuditContext, raw: { deliveryId: string }, now = new Date()) {
  const { deliveryId } = parseInput(ZWebhookDeliveryIdInput, raw);
  return db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: { id: true, endpointId: true, status: true },
    });
    if (!delivery)
      throw new AppError("NOT_FOUND", "This delivery does not exist.", { key: "webhooks.errors.notFound" });
    if (delivery.status === "pending" || delivery.status === "sending") return delivery;
    const updated = await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "pending", nextAttemptAt: now, attempts: 0 },
      select: { id: true, endpointId: true, status: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "webhook_delivery.retried",
      target: { type: "webhook_endpoint", id: delivery.endpointId },
      metadata: { deliveryId: delivery.id },
    });
    return updated;
  });
}
