import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { scrubErasureNoticesOfInactiveEndpoints } from "../scrub-erasure-notices";
import { env } from "@/server/env";
import { postPinned } from "../post-pinned";
import { DestinationRefused, resolveDestination } from "../safe-destination";
import { SIGNATURE_HEADER, signWebhook } from "../signature";

/** Wait before attempt 2, 3, ...: a receiver that is down for a deploy or a night still gets it. */
export const RETRY_SCHEDULE_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];
/** A claimed delivery belongs to its worker this long; after a crash another instance takes it over. */
const LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;
const BATCH = 20;

type Claimed = { id: string; endpointId: string; event: string; payload: unknown; attempts: number };
export type DeliveryOutcome = {
  id: string;
  status: "delivered" | "pending" | "failed";
  statusCode: number | null;
  error: string | null;
};

/**
 * One round of the webhook worker: claims due deliveries with a lease (UPDATE ... WHERE id IN
 * (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING, so several app instances never send the same one
 * twice at once), signs and POSTs each, and records the outcome: delivered, or retried with
 * exponential backoff, or failed after the last attempt.
 */
export async function deliverDueWebhooks(
  db: Db,
  opts: { now?: Date; allowedHosts?: readonly string[] } = {},
): Promise<DeliveryOutcome[]> {
  const now = opts.now ?? new Date();
  // Also catches endpoints disabled before notices were given up on disabling.
  await scrubErasureNoticesOfInactiveEndpoints(db);
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" d SET status = 'sending', attempts = d.attempts + 1, "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE d.id IN (
      SELECT w.id FROM "WebhookDelivery" w JOIN "WebhookEndpoint" e ON e.id = w."endpointId"
      WHERE w.status IN ('pending', 'sending') AND w."nextAttemptAt" <= ${now} AND e.active
      ORDER BY w."nextAttemptAt" LIMIT ${BATCH}
      FOR UPDATE OF w SKIP LOCKED)
    RETURNING d.id, d."endpointId", d.event, d.payload, d.attempts`;
  if (claimed.length === 0) return [];
  const endpoints = await unsafeEndpointsWithSecret(db, [...new Set(claimed.map((c) => c.endpointId))]);
  return Promise.all(
    claimed.map(async (delivery) => {
      const endpoint = endpoints.get(delivery.endpointId);
      const result = endpoint
        ? await send(endpoint, delivery, now, opts.allowedHosts ?? webhookAllowedHosts())
        : { statusCode: null, error: "endpoint removed" };
      return record(db, delivery, result, now);
    }),
  );
}

/**
 * What the delivery log shows for a failure. The same words for a refused address, a closed port, a
 * timeout and an unknown name: different messages would let whoever can create endpoints map the
 * internal network (which hosts exist, which ports are open). The cause goes to the server log.
 */
export const GENERIC_DELIVERY_ERROR = "not delivered: the endpoint could not be reached";

async function send(
  endpoint: { id: string; url: string; secret: string },
  delivery: Claimed,
  now: Date,
  allowedHosts: readonly string[],
) {
  const body = JSON.stringify(delivery.payload);
  try {
    const destination = await resolveDestination(endpoint.url, allowedHosts);
    const status = await postPinned(
      destination,
      {
        "Content-Type": "application/json",
        "User-Agent": "Grondslag-Webhooks/1",
        [SIGNATURE_HEADER]: signWebhook(endpoint.secret, body, Math.floor(now.getTime() / 1000)),
        "Grondslag-Event": delivery.event,
        "Grondslag-Delivery": delivery.id,
      },
      body,
      TIMEOUT_MS,
    );
    const ok = status >= 200 && status < 300;
    return { statusCode: status, error: ok ? null : `HTTP ${status}` };
  } catch (error) {
    const cause = error instanceof DestinationRefused ? `refused: ${error.message}` : (error as Error).message;
    logger.warn("webhook delivery failed", { deliveryId: delivery.id, endpointId: endpoint.id, cause });
    return { statusCode: null, error: GENERIC_DELIVERY_ERROR };
  }
}

async function record(
  db: Db,
  delivery: Claimed,
  result: { statusCode: number | null; error: string | null },
  now: Date,
): Promise<DeliveryOutcome> {
  const delivered = result.error === null;
  const retryIn = RETRY_SCHEDULE_MS[delivery.attempts - 1];
  const status = delivered ? "delivered" : retryIn !== undefined ? "pending" : "failed";
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      status,
      lastStatusCode: result.statusCode,
      lastError: result.error,
      deliveredAt: delivered ? now : null,
      nextAttemptAt: status === "pending" ? new Date(now.getTime() + retryIn) : now,
      // Once an erasure notice is done with, even its hashed identifiers go (AVG art. 17).
      ...(status !== "pending" && delivery.event === "contact.erased"
        ? { payload: scrubIdentifiers(delivery.payload) }
        : {}),
    },
  });
  const log = delivered ? logger.info : logger.warn;
  log("webhook delivery", {
    deliveryId: delivery.id,
    endpointId: delivery.endpointId,
    event: delivery.event,
    attempt: delivery.attempts,
    status,
    statusCode: result.statusCode,
    error: result.error,
  });
  return { id: delivery.id, status, statusCode: result.statusCode, error: result.error };
}

function scrubIdentifiers(payload: unknown): object {
  const p = payload as { data?: { identifiers?: unknown[] } };
  return { ...p, data: { ...p.data, identifiers: [], identifiersRemoved: p.data?.identifiers?.length ?? 0 } };
}

const webhookAllowedHosts = () =>
  (env.WEBHOOK_ALLOWED_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);

async function unsafeEndpointsWithSecret(db: Db, ids: string[]) {
  const rows = await db.webhookEndpoint.findMany({
    where: { id: { in: ids } },
    select: { id: true, url: true, secret: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}
