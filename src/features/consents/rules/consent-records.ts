/**
 * How stored consent records combine. Records are append-only; a correction is a new record with
 * `correctsId`, and `invalidates` marks a correction saying the original was never valid consent.
 * A record COUNTS when it is not an invalidating correction and nothing corrects it: a corrected
 * record is replaced by its correction, an invalidated one by nothing (dpv:ConsentInvalidated).
 * Pure, and mirrored by the SQL filter in find-contacts.ts; both are tested.
 */
import type { ConsentEventFact } from "@/domain/outreach";
import type { Channel, ConsentAction, ConsentMethod } from "@/domain/vocabulary";

export interface StoredConsentRecord {
  id: string;
  purposeKey: string;
  channels: Channel[];
  action: ConsentAction;
  method: string;
  effectiveAt: Date;
  recordedAt: Date;
  correctsId: string | null;
  invalidates: boolean;
  grantorName?: string | null;
  grantorRole?: string | null;
  grantorAuthority?: string | null;
}

export function correctedIds(records: readonly Pick<StoredConsentRecord, "correctsId">[]): Set<string> {
  return new Set(records.map((r) => r.correctsId).filter((id): id is string => id !== null));
}

export function countingRecords<T extends Pick<StoredConsentRecord, "id" | "correctsId" | "invalidates">>(
  records: readonly T[],
): T[] {
  const corrected = correctedIds(records);
  return records.filter((r) => !r.invalidates && !corrected.has(r.id));
}

/** An invalidating correction never comes into effect itself (see toConsentEventFacts). */
const NEVER = new Date(8_640_000_000_000_000);

/**
 * The records as facts for the outreach engine (src/domain/outreach), e.g. to show the state per
 * purpose and channel with effectiveConsentState. A correction supersedes its target (the engine
 * honours `correctsId`; asked "as recorded by knownAt", only from when it was entered); an invalidating correction has no
 * content of its own, so it supersedes its target and never comes into effect. Same mapping as
 * the outreach service's fact loader, so screen and engine agree. Grants written by a list import
 * (recordedVia "import") are marked, so that on a purchased-list contact they are void.
 */
export function toConsentEventFacts(
  records: readonly (StoredConsentRecord & {
    recordedVia?: string;
    /** Given: the facts carry the evidence strength inputs (a kept file, the written confirmation). */
    evidence?: { hasAttachment: boolean; confirmedAt: Date | null };
  })[],
): ConsentEventFact[] {
  return records.map((r) => ({
    id: r.id,
    purposeKey: r.purposeKey,
    channels: r.channels,
    action: r.action,
    effectiveAt: r.invalidates && r.correctsId ? NEVER : r.effectiveAt,
    recordedAt: r.recordedAt,
    method: r.method as ConsentMethod,
    correctsId: r.correctsId,
    grantor: r.grantorName ? { name: r.grantorName, role: r.grantorRole, authority: r.grantorAuthority } : null,
    importedFromList: r.recordedVia === "import",
    ...(r.evidence ? { evidence: r.evidence } : {}),
  }));
}

/** The newest record in a chain of corrections starting at `id`: only that one may be corrected. */
export function latestInChain(records: readonly Pick<StoredConsentRecord, "id" | "correctsId">[], id: string): string {
  let current = id;
  for (let guard = 0; guard < records.length; guard++) {
    const next = records.find((r) => r.correctsId === current);
    if (!next) return current;
    current = next.id;
  }
  return current;
}
