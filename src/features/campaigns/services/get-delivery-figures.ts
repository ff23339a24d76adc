import type { Db } from "@/server/db";

export type DeliveryFigures = {
  /** Taken by the recipient's mail server. */
  delivered: number;
  /** Refused for now (4xx): still being retried, or given up after the last attempt. */
  deferred: number;
  /** Refused for good (5xx): the address is flagged undeliverable. */
  bounced: number;
  /** Recipients who used the campaign's unsubscribe link (or withdrew for its purpose that way) after it reached them. */
  unsubscribed: number;
  /**
   * Opens, counted only among delivered mails that carried a pixel (the recipient consented to
   * the tracking purpose): never a rate over everyone, since the others were not measured at all.
   */
  opens: { measured: number; opened: number; noConsent: number; off: number };
};

/** What happened to the campaign's mail after the rules let it go. */
export async function getDeliveryFigures(db: Db, campaignId: string): Promise<DeliveryFigures> {
  const [rows, unsubscribed] = await Promise.all([
    db.$queryRaw<
      {
        delivered: bigint;
        deferred: bigint;
        bounced: bigint;
        measured: bigint;
        opened: bigint;
        no_consent: bigint;
        off: bigint;
      }[]
    >`
      SELECT count(*) FILTER (WHERE status = 'sent') AS delivered,
             count(*) FILTER (WHERE bounce = 'soft' AND status <> 'sent') AS deferred,
             count(*) FILTER (WHERE bounce = 'hard') AS bounced,
             count(*) FILTER (WHERE status = 'sent' AND tracking = 'on') AS measured,
             count(*) FILTER (WHERE status = 'sent' AND tracking = 'on' AND "openedAt" IS NOT NULL) AS opened,
             count(*) FILTER (WHERE status = 'sent' AND tracking = 'no_consent') AS no_consent,
             count(*) FILTER (WHERE status = 'sent' AND (tracking = 'off' OR tracking IS NULL)) AS off
      FROM "CampaignRecipient" WHERE "campaignId" = ${campaignId}::uuid`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT r.id) AS n
      FROM "CampaignRecipient" r
      JOIN "Campaign" c ON c.id = r."campaignId"
      JOIN "ConsentRecord" k ON k."contactId" = r."contactId" AND k."purposeId" = c."purposeId"
      WHERE r."campaignId" = ${campaignId}::uuid AND r.status = 'sent'
        AND k.action = 'withdrawn' AND k.method = 'unsubscribe_link' AND k."effectiveAt" >= r."sentAt"`,
  ]);
  const r = rows[0];
  return {
    delivered: Number(r?.delivered ?? 0),
    deferred: Number(r?.deferred ?? 0),
    bounced: Number(r?.bounced ?? 0),
    unsubscribed: Number(unsubscribed[0]?.n ?? 0),
    opens: {
      measured: Number(r?.measured ?? 0),
      opened: Number(r?.opened ?? 0),
      noConsent: Number(r?.no_consent ?? 0),
      off: Number(r?.off ?? 0),
    },
  };
}
