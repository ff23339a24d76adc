import { z } from "zod";

/*
 * Schema pieces every feature's API uses (src/features/<area>/api/schemas.ts). They belong to no
 * one feature and know none, so they live with the API frame, which every feature may import.
 */

/** Timestamps travel as ISO 8601 strings with a zone (RFC 3339), in responses always UTC. */
export const ZIsoDateTime = z.iso.datetime({ offset: true });
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export const ZBilingual = z.object({ nl: z.string(), en: z.string() });

/** A list wrapper, so that lists can grow fields (paging) without breaking clients. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ results: z.array(item) });
