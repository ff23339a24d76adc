import type { Db } from "@/server/db";
import { effectiveConsentState, type ConsentState } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import { loadContactDecisionInputs } from "@/features/outreach";

/**
 * A contact with company, contact points, provenance and, per purpose and channel, the consent
 * state as the outreach engine computes it: the same facts (loadContactDecisionInputs: consent
 * records, their evidence, the calls that reached the person), the same settings and the same
 * function (effectiveConsentState), so screen and engine agree.
 */
export async function getContact(db: Db, contactId: string, now = new Date()) {
  const contact = await db.contact.findUnique({
    where: { id: contactId },
    include: {
      company: true,
      emails: { orderBy: { createdAt: "asc" } },
      phones: { orderBy: { createdAt: "asc" } },
      postalAddresses: { orderBy: { createdAt: "asc" } },
      restrictions: { where: { liftedAt: null } },
      objections: { where: { withdrawnAt: null } },
      // Further sources: an import that merged into this contact (AVG art. 14 lid 2 sub f).
      sources: { orderBy: { collectedAt: "asc" } },
    },
  });
  if (!contact) return null;
  const [purposes, { facts, policy }, collector] = await Promise.all([
    db.purpose.findMany({
      orderBy: { key: "asc" },
      select: {
        id: true,
        key: true,
        nameNl: true,
        nameEn: true,
        channels: true,
        active: true,
        directMarketing: true,
        firstCallMonths: true,
      },
    }),
    loadContactDecisionInputs(db, contactId, { at: now }),
    contact.collectedById ? db.user.findUnique({ where: { id: contact.collectedById }, select: { name: true } }) : null,
  ]);
  const consentStates = purposes
    .map((p) => ({
      purpose: p,
      channels: p.channels.map((channel: Channel): { channel: Channel; state: ConsentState } => ({
        channel,
        state: effectiveConsentState(facts, p, channel, now, policy.settings),
      })),
    }))
    .filter((p) => p.purpose.active || p.channels.some((c) => c.state.state !== "none"));
  return { ...contact, collectedByName: collector?.name ?? null, consentStates };
}
export type ContactDetails = NonNullable<Awaited<ReturnType<typeof getContact>>>;
