import type { Db } from "@/server/db";

/** Endpoints for the admin screen (never the secret), with how many deliveries wait or failed. */
export async function findWebhookEndpoints(db: Db) {
  const [endpoints, counts] = await Promise.all([
    db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" } }),
    db.webhookDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } }),
  ]);
  const countOf = (id: string, status: string) =>
    counts.find((c) => c.endpointId === id && c.status === status)?._count._all ?? 0;
  return endpoints.map((e) => ({
    ...e,
    pending: countOf(e.id, "pending") + countOf(e.id, "sending"),
    failed: countOf(e.id, "failed"),
    delivered: countOf(e.id, "delivered"),
  }));
}
export type WebhookEndpointRow = Awaited<ReturnType<typeof findWebhookEndpoints>>[number];

/** The delivery log, newest first. */
export async function findWebhookDeliveries(db: Db, opts: { endpointId?: string; limit?: number } = {}) {
  return db.webhookDelivery.findMany({
    where: opts.endpointId ? { endpointId: opts.endpointId } : undefined,
    orderBy: { createdAt: "desc" },
    take: opts.limit ?? 50,
    select: {
      id: true,
      event: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastError: true,
      createdAt: true,
      deliveredAt: true,
      endpoint: { select: { id: true, url: true } },
    },
  });
}
export type WebhookDeliveryRow = Awaited<ReturnType<typeof findWebhookDeliveries>>[number];
