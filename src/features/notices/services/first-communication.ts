import { Prisma } from "@generated/prisma/client";

/**
 * SQL for the first time we communicated with contact `c` (AVG art. 14 lid 3 sub b: the notice is
 * due at the latest then): a call that was not "no answer", or an e-mail or SMS campaign message
 * that went out. A postal mailing counts when its print file is made, which records the notice
 * itself, so it is not looked at here.
 */
export const FIRST_COMMUNICATION_SQL = Prisma.sql`(SELECT min(t) FROM (
    SELECT l.at AS t FROM "CallLog" l WHERE l."contactId" = c.id AND l.outcome <> 'no_answer'
    UNION ALL
    SELECT r."sentAt" FROM "CampaignRecipient" r JOIN "Campaign" k ON k.id = r."campaignId"
     WHERE r."contactId" = c.id AND r.status = 'sent' AND k.channel <> 'post'
  ) fc)`;

/** SQL: contact `c` was communicated with (as above) at or before `at`. */
export const COMMUNICATED_BEFORE_SQL = (at: Date) => Prisma.sql`(
    EXISTS (SELECT 1 FROM "CallLog" l WHERE l."contactId" = c.id AND l.outcome <> 'no_answer' AND l.at <= ${at})
    OR EXISTS (SELECT 1 FROM "CampaignRecipient" r JOIN "Campaign" k ON k.id = r."campaignId"
                WHERE r."contactId" = c.id AND r.status = 'sent' AND k.channel <> 'post' AND r."sentAt" <= ${at}))`;

/**
 * One month after collection, to the end of that day in Amsterdam: the same instant the domain's
 * art14MonthDeadline computes (a test holds the two together). Used to sort and count in SQL.
 */
export const MONTH_DEADLINE_SQL = Prisma.sql`(((date_trunc('day', c."collectedAt" AT TIME ZONE 'Europe/Amsterdam')
    + interval '1 month' + interval '1 day') AT TIME ZONE 'Europe/Amsterdam') - interval '1 millisecond')`;
