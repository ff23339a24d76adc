import type { Db } from "@/server/db";
import { art14Status, type Art14Status } from "@/domain/notices";
import type { Channel, NoticeRecordedVia, SourceType } from "@/domain/vocabulary";
import { FIRST_COMMUNICATION_SQL } from "./first-communication";

export type NoticeGiven = {
  id: string;
  channel: Channel;
  givenAt: Date;
  recordedAt: Date;
  recordedVia: NoticeRecordedVia;
  /** Who or what recorded it: a person's name, an API key's name, a campaign's or mailing's name. */
  by: string | null;
  text: string | null;
};

export type NoticeOverview = { status: Art14Status; sourceType: SourceType; collectedAt: Date; notices: NoticeGiven[] };

/** The art. 14 notice of one contact for the contact page: due by when, or given when and by whom. */
export async function getNoticeStatus(db: Db, contactId: string, now = new Date()): Promise<NoticeOverview | null> {
  const [contact] = await db.$queryRaw<
    { sourceType: SourceType; collectedAt: Date; firstCommunicationAt: Date | null }[]
  >`SELECT c."sourceType"::text AS "sourceType", c."collectedAt", ${FIRST_COMMUNICATION_SQL} AS "firstCommunicationAt"
      FROM "Contact" c WHERE c.id = ${contactId}::uuid`;
  if (!contact) return null;
  const rows = await db.contactNotice.findMany({
    where: { contactId, kind: "art14" },
    orderBy: { givenAt: "asc" },
  });
  const [users, keys, campaigns] = await Promise.all([
    names(
      rows.map((r) => r.recordedById),
      (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ),
    names(
      rows.map((r) => r.apiKeyId),
      (ids) => db.apiKey.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ),
    names(
      rows.map((r) => r.campaignId),
      (ids) => db.campaign.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ),
  ]);
  const status = art14Status(
    {
      sourceType: contact.sourceType,
      collectedAt: contact.collectedAt,
      notices: rows.map((r) => ({ id: r.id, givenAt: r.givenAt })),
      firstCommunicationAt: contact.firstCommunicationAt,
    },
    now,
  );
  return {
    status,
    sourceType: contact.sourceType,
    collectedAt: contact.collectedAt,
    notices: rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      givenAt: r.givenAt,
      recordedAt: r.recordedAt,
      recordedVia: r.recordedVia,
      by:
        (r.campaignId && campaigns.get(r.campaignId)) ||
        (r.apiKeyId && keys.get(r.apiKeyId)) ||
        (r.recordedById && users.get(r.recordedById)) ||
        null,
      text: r.text,
    })),
  };
}

async function names(
  ids: (string | null)[],
  load: (ids: string[]) => Promise<{ id: string; name: string }[]>,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  return new Map((await load(wanted)).map((r) => [r.id, r.name]));
}
