import { Prisma } from "@generated/prisma/client";
import type { OutreachDecision } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import { purposesJsonSql, type LoadedPurpose } from "@/features/purposes";
import { decideFacts, oneContactFacts } from "./decide-batch";
import type { FactRows } from "./fact-rows";
import { loadDecisionInputsOneTrip, type AlsoReads, type AlsoValues } from "./load-fact-rows-one-trip";

export type EligibilityRow = { channel: Channel; decision: OutreachDecision; point: string | null };
export type PurposeEligibility = {
  key: string;
  nameNl: string;
  nameEn: string;
  directMarketing: boolean;
  rows: EligibilityRow[];
};

/**
 * For each active purpose and each of its channels: may we, and why (commercial messages, the
 * strict case). The phone channel is decided per number, because sales must see which line they
 * may dial: a switchboard can be open while a named person's mobile is not (Tw art. 11.7).
 */
export async function getEligibility(
  db: Pick<Db, "$queryRaw">,
  contactId: string,
  at: Date = new Date(),
  knownAt?: Date,
): Promise<PurposeEligibility[]> {
  return (await getEligibilityWithRows(db, contactId, { at, knownAt })).eligibility;
}

// The contact's e-mail addresses, phone numbers and postal addresses as a decision names them,
// [id, label] each: one sub-query of the statement that reads the facts (k: the contact's id), not
// a statement per kind of contact point. The columns are NOT NULL, so the postal label is the
// same text as the template it replaces.
const pointLabels = Prisma.sql`SELECT coalesce(json_agg(json_build_array(points.id, points.label)), '[]'::json) FROM (
    SELECT e.id, e.address AS label FROM k JOIN "EmailAddress" e ON e."contactId" = k.id
    UNION ALL SELECT p.id, p.e164 FROM k JOIN "PhoneNumber" p ON p."contactId" = k.id
    UNION ALL SELECT a.id, a.street || ', ' || a."postalCode" || ' ' || a.city
      FROM k JOIN "PostalAddress" a ON a."contactId" = k.id
  ) points`;

/** What the grid reads beside the facts: every purpose, and the labels of the contact points. */
const own = {
  eligibilityPurposes: { sql: purposesJsonSql(), read: (value: unknown) => value as LoadedPurpose[] },
  eligibilityPoints: { sql: pointLabels, read: (value: unknown) => new Map(value as [string, string][]) },
} satisfies AlsoReads;

/**
 * The same grid, with what it was decided on: the contact's fact rows as read and every purpose
 * (archived ones too), and what the caller asks for beside it (`also`), all in ONE statement (plus
 * the suppression list's look-up when the list is not empty). The preference page, opened from
 * every commercial mail, shows its consent switches, objections and pause from these rows rather
 * than reading them again.
 */
export async function getEligibilityWithRows<A extends AlsoReads = Record<never, never>>(
  db: Pick<Db, "$queryRaw">,
  contactId: string,
  { at = new Date(), knownAt, also }: { at?: Date; knownAt?: Date; also?: A } = {},
): Promise<{
  eligibility: PurposeEligibility[];
  rows: FactRows;
  purposes: LoadedPurpose[];
  also: AlsoValues<A>;
}> {
  const inputs = await loadDecisionInputsOneTrip(db, [contactId], undefined, { ...also, ...own } as A & typeof own);
  const facts = await oneContactFacts(db, inputs, at);
  const settings = inputs.policy.settings;
  const purposes = inputs.also.eligibilityPurposes;
  const labels = inputs.also.eligibilityPoints;
  const eligibility = purposes
    .filter((purpose) => purpose.active)
    .map((purpose) => {
      const ctx = (channel: Channel) => ({ purpose, channel, commercial: true, at, knownAt, settings });
      const rows: EligibilityRow[] = [];
      for (const channel of purpose.channels) {
        const perNumber = channel === "phone" && facts.phones.length > 1 ? facts.phones.map((p) => p.id) : [undefined];
        for (const pointId of perNumber) {
          const { decision } = decideFacts(facts, ctx(channel), pointId);
          rows.push({
            channel,
            decision,
            point: decision.contactPointId ? (labels.get(decision.contactPointId) ?? null) : null,
          });
        }
      }
      return {
        key: purpose.key,
        nameNl: purpose.nameNl,
        nameEn: purpose.nameEn,
        directMarketing: purpose.directMarketing,
        rows,
      };
    });
  return { eligibility, rows: inputs.rows, purposes, also: inputs.also };
}
