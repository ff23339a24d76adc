import type { OutreachDecision } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import { decideFacts } from "./decide-batch";
import { findActivePurposes } from "@/features/purposes";
import { loadContactDecisionInputs } from "./load-contact-facts";

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
  db: Db,
  contactId: string,
  at: Date = new Date(),
  knownAt?: Date,
): Promise<PurposeEligibility[]> {
  const [{ facts, policy }, purposes, emails, phones, postal] = await Promise.all([
    loadContactDecisionInputs(db, contactId, { at }),
    findActivePurposes(db),
    db.emailAddress.findMany({ where: { contactId }, select: { id: true, address: true } }),
    db.phoneNumber.findMany({ where: { contactId }, select: { id: true, e164: true } }),
    db.postalAddress.findMany({
      where: { contactId },
      select: { id: true, street: true, postalCode: true, city: true },
    }),
  ]);
  const labels = new Map<string, string>([
    ...emails.map((e) => [e.id, e.address] as const),
    ...phones.map((p) => [p.id, p.e164] as const),
    ...postal.map((a) => [a.id, `${a.street}, ${a.postalCode} ${a.city}`] as const),
  ]);
  return purposes.map((purpose) => {
    const ctx = (channel: Channel) => ({ purpose, channel, commercial: true, at, knownAt, settings: policy.settings });
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
}
