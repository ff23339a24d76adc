import type { Db, Tx } from "@/server/db";

/**
 * An erasure notice carries SHA-256 hashes of the person's addresses and numbers, so that the
 * receiver can find its copy (AVG art. 19). A hash of an address is still personal data: anyone
 * with a list of addresses can test it. Once the notice cannot be delivered any more because its
 * endpoint was disabled, it would wait forever, so it is given up and its identifiers removed
 * (art. 17). The delivery log keeps that it existed; the processor list on the request says whom
 * to notify by other means.
 */
export async function scrubErasureNoticesOfInactiveEndpoints(db: Db | Tx, endpointId?: string): Promise<number> {
  return db.$executeRaw`
    UPDATE "WebhookDelivery" d
       SET status = 'failed',
           "lastError" = 'endpoint disabled: identifiers removed',
           payload = d.payload || jsonb_build_object('data',
             coalesce(d.payload -> 'data', '{}'::jsonb) || jsonb_build_object(
               'identifiers', '[]'::jsonb,
               'identifiersRemoved', jsonb_array_length(coalesce(d.payload -> 'data' -> 'identifiers', '[]'::jsonb))))
      FROM "WebhookEndpoint" e
     WHERE e.id = d."endpointId" AND NOT e.active
       AND d.event = 'contact.erased' AND d.status IN ('pending', 'sending')
       AND (${endpointId ?? null}::uuid IS NULL OR e.id = ${endpointId ?? null}::uuid)`;
}
