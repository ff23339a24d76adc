import type { Db } from "@/server/db";

/**
 * Each recipient whose mail left is counted once among delivered, deferred and bounced: a mail
 * the first server took ("sent") that a later report says was refused for good counts as bounced,
 * not delivered; one a later report says is delayed counts as deferred until a final report comes.
 */
export type DeliveryFigures = {
  /** Taken by the recipient's mail server, and no bounce report came back about it. */
  delivered: number;
  /** Refused for now (4xx, or a delay report): still being retried, or given up after the last attempt. */
  deferred: number;
  /** Refused for good (5xx, at hand-over or in a later bounce report): the address is flagged undeliverable. */
  bounced: number;
  /** Recipients whose mailbox provider reported that they marked the mail as spam. */
  complained: number;
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
        complained: bigint;
        measured: bigint;
        opened: bigint;
        no_consent: bigint;
        off: bigint;
      }[]
    >`
      SELECT count(*) FILTER (WHERE status = 'sent' AND bounce IS NULL) AS delivered,
             count(*) FILTER (WHERE bounce = 'soft') AS deferred,
             count(*) FILTER (WHERE bounce = 'hard') AS bounced,
             count(*) FILTER (WHERE "complainedAt" IS NOT NULL) AS complained,
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
    complained: Number(r?.complained ?? 0),
    unsubscribed: Number(unsubscribed[0]?.n ?? 0),
    opens: {
      measured: Number(r?.measured ?? 0),
      opened: Number(r?.opened ?? 0),
      noConsent: Number(r?.no_consent ?? 0),
      off: Number(r?.off ?? 0),
    },
  };
}
