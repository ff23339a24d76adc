import type { Db } from "@/server/db";
import { findPurposes } from "@/features/purposes";

/** How far back "recent" reaches, and how many contacts at most go onto the phone. */
const RECENT_DAYS = 30;
const RECENT_LIMIT = 50;

export type OfflineKit = {
  purposes: {
    key: string;
    nameNl: string;
    nameEn: string;
    channels: string[];
    noticeVersion: number;
    noticeTextNl: string;
    noticeTextEn: string;
  }[];
  recentContacts: { id: string; name: string; company: string | null; email: string | null; phone: string | null }[];
};

/**
 * What the opt-in screen needs when the phone has no network: the active purposes with the exact
 * notice text and version that will be shown (the proof records which version the person saw),
 * and the contacts this rep collected or logged consent for in the last month, with only what the
 * contact picker shows. Kept on the phone by the service worker; nothing else about anyone is.
 */
export async function getOfflineKit(db: Db, userId: string, now = new Date()): Promise<OfflineKit> {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const [purposes, contacts] = await Promise.all([
    findPurposes(db, { activeOnly: true }),
    db.contact.findMany({
      where: {
        OR: [
          { collectedById: userId, collectedAt: { gte: since } },
          { consents: { some: { recordedById: userId, recordedAt: { gte: since } } } },
        ],
      },
      orderBy: { updatedAt: "desc" },
      take: RECENT_LIMIT,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        company: { select: { name: true } },
        emails: { take: 1, select: { address: true } },
        phones: { take: 1, select: { e164: true } },
      },
    }),
  ]);
  return {
    purposes: purposes
      .filter((p) => p.currentNotice)
      .map((p) => ({
        key: p.key,
        nameNl: p.nameNl,
        nameEn: p.nameEn,
        channels: p.channels,
        noticeVersion: p.currentNotice!.version,
        noticeTextNl: p.currentNotice!.textNl,
        noticeTextEn: p.currentNotice!.textEn,
      })),
    recentContacts: contacts.map((c) => ({
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      company: c.company?.name ?? null,
      email: c.emails[0]?.address ?? null,
      phone: c.phones[0]?.e164 ?? null,
    })),
  };
}
