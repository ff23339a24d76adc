import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "@/server/db";
import { normaliseIdentifier } from "@/domain/contact-points/normalise-identifier";
import type { WebhookEnvelope, WebhookEvent, WebhookPayloads } from "./events";

/**
 * Queues an event for every active endpoint subscribed to it, INSIDE the caller's transaction:
 * if the consent, objection or erasure rolls back, no delivery announces it; if
 * it commits, the delivery is certain to exist. The worker sends it afterwards, never the request.
 * Services call this with one line next to their audit entry.
 */
export async function enqueueWebhookEvent<E extends WebhookEvent>(
  tx: Tx,
  event: E,
  data: WebhookPayloads[E],
  now = new Date(),
): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { active: true, events: { has: event } },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  const envelope: WebhookEnvelope<E> = { id: randomUUID(), type: event, createdAt: now.toISOString(), data };
  const { count } = await tx.webhookDelivery.createMany({
    data: endpoints.map((e) => ({ endpointId: e.id, event, payload: envelope as object, nextAttemptAt: now })),
  });
  return count;
}

/**
 * The erasure event's data: contact ids and SHA-256 of each normalised identifier, never the
 * address itself, so a processor can find and delete its copy (AVG art. 19) while the queued
 * delivery holds nothing that identifies the person by itself.
 */
export function contactErasedData(input: {
  requestId: string | null;
  retentionProposalId?: string;
  contactIds: string[];
  identifiers: (string | null | undefined)[];
  erasedAt?: Date;
}): WebhookPayloads["contact.erased"] {
  const seen = new Map<string, { kind: "email" | "phone"; sha256: string }>();
  for (const raw of input.identifiers) {
    const normalised = raw ? normaliseIdentifier(raw) : null;
    if (!normalised) continue;
    const sha256 = createHash("sha256").update(normalised.value, "utf8").digest("hex");
    seen.set(sha256, { kind: normalised.kind, sha256 });
  }
  return {
    contactIds: [...new Set(input.contactIds)],
    requestId: input.requestId,
    ...(input.retentionProposalId ? { retentionProposalId: input.retentionProposalId } : {}),
    erasedAt: (input.erasedAt ?? new Date()).toISOString(),
    identifiers: [...seen.values()],
  };
}
