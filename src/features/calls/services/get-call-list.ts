import { ruleSetInForce, type OutreachDecision } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { forEachAudienceBatch } from "@/features/outreach";
import { composeArt14Notices, type ComposedNotice } from "@/features/notices";
import type { LoadedPurpose } from "@/features/purposes";

export const CALL_LIST_LIMIT = 100;

export type CallListEntry = {
  contactId: string;
  name: string;
  company: string | null;
  jobTitle: string | null;
  phoneNumberId: string;
  number: string;
  kind: string;
  decision: OutreachDecision;
  /** The art. 14 notice to say first, in Dutch and English, while the person is still owed it. */
  opening: { nl: string; en: string; language: "nl" | "en" | null } | null;
};

/**
 * Who may be called for a purpose, on which number, and why (Tw art. 11.7, telemarketing code):
 * the whole audience decided set-based for the phone channel; the first CALL_LIST_LIMIT callable
 * contacts by name, and how many were left out per rule. A tag narrows who is considered, nothing more.
 */
export async function getCallList(db: Db, purpose: LoadedPurpose, search?: string, tagId?: string) {
  const callable: { contactId: string; decision: OutreachDecision }[] = [];
  const excluded = new Map<string, number>();
  let total = 0;
  const decided = await forEachAudienceBatch(
    db,
    {
      purpose,
      channel: "phone",
      commercial: true,
      filter: { ...(search ? { search } : {}), ...(tagId ? { tagIds: [tagId] } : {}) },
    },
    (decisions) => {
      for (const { contactId, decision } of decisions) {
        total++;
        if (decision.decision === "allow") callable.push({ contactId, decision });
        else excluded.set(decision.rule, (excluded.get(decision.rule) ?? 0) + 1);
      }
    },
  );
  const ids = callable.map((c) => c.contactId);
  // One array parameter, not an IN list: the callable set can be tens of thousands of ids.
  const contacts = await db.$queryRaw<
    { id: string; firstName: string; lastName: string; jobTitle: string | null; company: string | null }[]
  >`
    SELECT c.id, c."firstName", c."lastName", c."jobTitle", co.name AS company
    FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId"
    WHERE c.id = ANY(${ids}::uuid[]) ORDER BY c."lastName", c."firstName", c.id LIMIT ${CALL_LIST_LIMIT}`;
  const decisionOf = new Map(callable.map((c) => [c.contactId, c.decision]));
  const pointIds = contacts.map((c) => decisionOf.get(c.id)!.contactPointId).filter((id): id is string => !!id);
  const phones = new Map(
    (
      await db.phoneNumber.findMany({ where: { id: { in: pointIds } }, select: { id: true, e164: true, kind: true } })
    ).map((p) => [p.id, p]),
  );
  // AVG art. 14 lid 3 sub b: a contact whose data we did not get from them hears it at the start of the call.
  const notices = await composeArt14Notices(
    db,
    contacts.filter((c) => decisionOf.get(c.id)!.obligations.includes("art14_notice")).map((c) => c.id),
  );
  const entries: CallListEntry[] = contacts.flatMap((c) => {
    const decision = decisionOf.get(c.id)!;
    const phone = decision.contactPointId ? phones.get(decision.contactPointId) : undefined;
    if (!phone) return [];
    return [
      {
        contactId: c.id,
        name: `${c.firstName} ${c.lastName}`,
        company: c.company,
        jobTitle: c.jobTitle,
        phoneNumberId: phone.id,
        number: phone.e164,
        kind: phone.kind,
        decision,
        opening: openingOf(notices.get(c.id)),
      },
    ];
  });
  return {
    entries,
    callable: callable.length,
    total,
    // The law the list was decided by: since 1 July 2026 customers need consent to be called.
    ruleSetVersion: ruleSetInForce(decided.at).version,
    excluded: [...excluded.entries()].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count),
  };
}

function openingOf(notice: ComposedNotice | undefined): CallListEntry["opening"] {
  return notice
    ? { nl: notice.text({ lang: "nl" }), en: notice.text({ lang: "en" }), language: notice.language }
    : null;
}
