import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import { ART14_DUE_SOON_MS, ART14_SOURCE_TYPES, art14Status } from "@/domain/notices";
import type { SourceType } from "@/domain/vocabulary";
import { NOTICES_DUE_PAGE_SIZE } from "../schemas";
import { COMMUNICATED_BEFORE_SQL, FIRST_COMMUNICATION_SQL, MONTH_DEADLINE_SQL } from "./first-communication";

type Query = Pick<Db, "$queryRaw">;

/** Contacts owed an art. 14 notice and not given one yet, with the instant it is due. */
const dueSql = Prisma.sql`
  SELECT c.id, c."firstName", c."lastName", co.name AS company, c."sourceType"::text AS "sourceType",
         c."sourceDetail", c."collectedAt", ${FIRST_COMMUNICATION_SQL} AS "firstCommunicationAt",
         ${MONTH_DEADLINE_SQL} AS "monthDeadline"
    FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId"
   WHERE c."sourceType"::text = ANY(${[...ART14_SOURCE_TYPES]}::text[])
     AND NOT EXISTS (SELECT 1 FROM "ContactNotice" n WHERE n."contactId" = c.id AND n.kind = 'art14')`;

const withDeadline = Prisma.sql`SELECT d.*, LEAST(d."monthDeadline", d."firstCommunicationAt") AS deadline FROM (${dueSql}) d`;

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  sourceType: SourceType;
  sourceDetail: string | null;
  collectedAt: Date;
  firstCommunicationAt: Date | null;
  deadline: Date;
};

export type NoticeDue = {
  contactId: string;
  name: string;
  company: string | null;
  sourceType: SourceType;
  sourceDetail: string | null;
  collectedAt: Date;
  firstCommunicationAt: Date | null;
  deadline: Date;
  deadlineReason: "one_month" | "first_communication";
  overdue: boolean;
  dueSoon: boolean;
};

/**
 * The privacy officer's list (AVG art. 14 lid 3): every contact whose notice is still due, the
 * earliest deadline first, a page at a time; overdue and due within seven days counted apart.
 */
export async function findNoticesDue(db: Query, page = 1, now = new Date()) {
  const offset = (page - 1) * NOTICES_DUE_PAGE_SIZE;
  const [rows, [counts]] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT * FROM (${withDeadline}) x ORDER BY x.deadline, x.id
      LIMIT ${NOTICES_DUE_PAGE_SIZE} OFFSET ${offset}`,
    countNoticesDue(db, now).then((c) => [c]),
  ]);
  const results: NoticeDue[] = rows.map((r) => {
    const status = art14Status(
      {
        sourceType: r.sourceType,
        collectedAt: r.collectedAt,
        notices: [],
        firstCommunicationAt: r.firstCommunicationAt,
      },
      now,
    );
    // The row is due by construction; the domain says how it stands (the same deadline as the SQL).
    const due = status.state === "due" ? status : null;
    return {
      contactId: r.id,
      name: `${r.firstName} ${r.lastName}`,
      company: r.company,
      sourceType: r.sourceType,
      sourceDetail: r.sourceDetail,
      collectedAt: r.collectedAt,
      firstCommunicationAt: r.firstCommunicationAt,
      deadline: due?.deadline ?? r.deadline,
      deadlineReason: due?.deadlineReason ?? "one_month",
      overdue: due?.overdue ?? r.deadline.getTime() < now.getTime(),
      dueSoon: due?.dueSoon ?? false,
    };
  });
  return {
    results,
    page,
    pageSize: NOTICES_DUE_PAGE_SIZE,
    pages: Math.max(1, Math.ceil(counts.total / NOTICES_DUE_PAGE_SIZE)),
    ...counts,
  };
}

/** How many notices are due, overdue, and due within seven days (the dashboard's figures). A
 *  communication before now makes the notice overdue whatever the month says (lid 3 sub b). */
export async function countNoticesDue(db: Query, now = new Date()) {
  const soon = new Date(now.getTime() + ART14_DUE_SOON_MS);
  const [row] = await db.$queryRaw<{ total: bigint; overdue: bigint; dueSoon: bigint }[]>`
    SELECT count(*)::bigint AS total,
           count(*) FILTER (WHERE x.overdue)::bigint AS overdue,
           count(*) FILTER (WHERE NOT x.overdue AND x."monthDeadline" <= ${soon})::bigint AS "dueSoon"
      FROM (SELECT ${MONTH_DEADLINE_SQL} AS "monthDeadline",
                   (${MONTH_DEADLINE_SQL} < ${now} OR ${COMMUNICATED_BEFORE_SQL(now)}) AS overdue
              FROM "Contact" c
             WHERE c."sourceType"::text = ANY(${[...ART14_SOURCE_TYPES]}::text[])
               AND NOT EXISTS (SELECT 1 FROM "ContactNotice" n WHERE n."contactId" = c.id AND n.kind = 'art14')) x`;
  return { total: Number(row.total), overdue: Number(row.overdue), dueSoon: Number(row.dueSoon) };
}
