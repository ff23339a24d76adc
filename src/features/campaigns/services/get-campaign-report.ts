import type { Evidence } from "@/domain/outreach";
import type { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { TReportFilter } from "../schemas";

export const REPORT_PAGE_SIZE = 50;

export type ReportRow = {
  id: string;
  contactId: string;
  name: string;
  company: string | null;
  toAddress: string | null;
  status: "pending" | "sent" | "blocked" | "failed";
  decision: string | null;
  rule: string | null;
  citation: string | null;
  evidence: Evidence[];
  decidedAt: Date | null;
  sentAt: Date | null;
  error: string | null;
};

/**
 * Who got what and why: every recipient with the decision that sent or blocked them (rule,
 * citation, evidence), filterable by status and rule, plus the totals per status and per rule.
 */
export async function getCampaignReport(db: Db, campaignId: string, filter: TReportFilter) {
  const where: Prisma.CampaignRecipientWhereInput = {
    campaignId,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.rule ? { rule: filter.rule } : {}),
  };
  const [byRule, matching, rows] = await Promise.all([
    db.campaignRecipient.groupBy({ by: ["status", "rule", "citation"], where: { campaignId }, _count: { _all: true } }),
    db.campaignRecipient.count({ where }),
    db.campaignRecipient.findMany({
      where,
      orderBy: [{ status: "asc" }, { contact: { lastName: "asc" } }, { id: "asc" }],
      skip: (filter.page - 1) * REPORT_PAGE_SIZE,
      take: REPORT_PAGE_SIZE,
      include: { contact: { select: { firstName: true, lastName: true, company: { select: { name: true } } } } },
    }),
  ]);
  return {
    groups: byRule
      .map((g) => ({ status: g.status, rule: g.rule, citation: g.citation, count: g._count._all }))
      .sort((a, b) => b.count - a.count),
    matching,
    pages: Math.max(1, Math.ceil(matching / REPORT_PAGE_SIZE)),
    rows: rows.map((r): ReportRow => ({
      id: r.id,
      contactId: r.contactId,
      name: `${r.contact.firstName} ${r.contact.lastName}`,
      company: r.contact.company?.name ?? null,
      toAddress: r.toAddress,
      status: r.status,
      decision: r.decision,
      rule: r.rule,
      citation: r.citation,
      evidence: (r.evidence as unknown as Evidence[]) ?? [],
      decidedAt: r.decidedAt,
      sentAt: r.sentAt,
      error: r.error,
    })),
  };
}
