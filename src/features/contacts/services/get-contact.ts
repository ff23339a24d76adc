import type { Db } from "@/server/db";
import { effectiveConsentState, type ConsentState } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import { toConsentEventFacts } from "@/features/consents";

/**
 * A contact with company, contact points, provenance and, per purpose and channel, the consent
 * state as the outreach engine computes it (effectiveConsentState), so screen and engine agree.
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
      consents: {
        include: {
          purpose: { select: { key: true } },
          _count: { select: { attachments: true } },
          evidenceEvents: { where: { kind: "confirmed" }, select: { at: true }, orderBy: { at: "asc" }, take: 1 },
        },
      },
    },
  });
  if (!contact) return null;
  const [purposes, settings, collector] = await Promise.all([
    db.purpose.findMany({
      orderBy: { key: "asc" },
      select: { id: true, key: true, nameNl: true, nameEn: true, channels: true, active: true, directMarketing: true },
    }),
    db.organisationSettings.findUnique({
      where: { id: 1 },
      select: { consentLifetimeDays: true, weakConsentUsable: true },
    }),
    contact.collectedById ? db.user.findUnique({ where: { id: contact.collectedById }, select: { name: true } }) : null,
  ]);
  const facts = {
    provenance: { sourceType: contact.sourceType },
    consentEvents: toConsentEventFacts(
      contact.consents.map((c) => ({
        ...c,
        purposeKey: c.purpose.key,
        evidence: { hasAttachment: c._count.attachments > 0, confirmedAt: c.evidenceEvents[0]?.at ?? null },
      })),
    ),
  };
  const lifetime = {
    consentLifetimeDays: settings?.consentLifetimeDays ?? null,
    weakConsentUsable: settings?.weakConsentUsable ?? true,
  };
  const consentStates = purposes
    .map((p) => ({
      purpose: p,
      channels: p.channels.map((channel: Channel): { channel: Channel; state: ConsentState } => ({
        channel,
        state: effectiveConsentState(facts, p.key, channel, now, lifetime),
      })),
    }))
    .filter((p) => p.purpose.active || p.channels.some((c) => c.state.state !== "none"));
  const { consents, ...rest } = contact;
  void consents;
  return { ...rest, collectedByName: collector?.name ?? null, consentStates };
}
export type ContactDetails = NonNullable<Awaited<ReturnType<typeof getContact>>>;
