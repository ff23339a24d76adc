import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { findAuditEvents } from "@/features/audit/services/find-audit-events";
import { verifyAuditChain } from "@/server/audit/verify-audit-chain";

const ZQuery = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  before: z.string().regex(/^\d+$/).optional().catch(undefined),
  verify: z.literal("1").optional().catch(undefined),
});

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePagePermission("audit:read");
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const q = ZQuery.parse(await searchParams);
  const db = await getDb();
  const { events, nextBefore } = await findAuditEvents(db, {
    action: q.action,
    targetId: q.target,
    before: q.before ? BigInt(q.before) : undefined,
  });
  const chain = q.verify ? await verifyAuditChain(db) : null;
  const params = (extra: Record<string, string>) =>
    new URLSearchParams({
      ...(q.action ? { action: q.action } : {}),
      ...(q.target ? { target: q.target } : {}),
      ...extra,
    }).toString();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link className={buttonClass("secondary")} href={`/audit?${params({ verify: "1" })}`}>
            {t("verify")}
          </Link>
        }
      />
      {chain && (
        <div
          role="status"
          className={`mb-4 rounded-md p-3 text-sm ring-1 ${chain.firstBreak ? "bg-red-50 text-red-800 ring-red-200" : "bg-green-50 text-green-800 ring-green-200"}`}
        >
          {chain.firstBreak
            ? t("broken", { seq: chain.firstBreak.seq.toString(), checked: chain.checked })
            : t("intact", { checked: chain.checked })}
        </div>
      )}
      <form className="mb-4 flex flex-wrap gap-2" role="search">
        <input
          name="action"
          defaultValue={q.action}
          placeholder={t("filterAction")}
          aria-label={t("filterAction")}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <input
          name="target"
          defaultValue={q.target}
          placeholder={t("filterTarget")}
          aria-label={t("filterTarget")}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <button className={buttonClass("secondary")}>{t("filter")}</button>
      </form>
      <Card>
        {events.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th className="py-2 pr-3">#</th>
                  <th className="py-2 pr-3">{t("when")}</th>
                  <th className="py-2 pr-3">{t("who")}</th>
                  <th className="py-2 pr-3">{t("what")}</th>
                  <th className="py-2 pr-3">{t("target")}</th>
                  <th className="py-2">{t("details")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {events.map((e) => (
                  <tr key={e.seq}>
                    <td className="py-2 pr-3 tabular-nums text-slate-500">{e.seq}</td>
                    <td className="whitespace-nowrap py-2 pr-3">{format.dateTime(e.at, "long")}</td>
                    <td className="py-2 pr-3">{e.actorName ?? t(`actor.${e.actorType}`)}</td>
                    <td className="py-2 pr-3 font-mono text-xs">{e.action}</td>
                    <td className="py-2 pr-3 font-mono text-xs">
                      {e.targetType ? (
                        <Link className="underline" href={`/audit?${params({ target: e.targetId ?? "" })}`}>
                          {e.targetType}:{e.targetId?.slice(0, 8)}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="max-w-md break-words py-2 font-mono text-xs text-slate-600">
                      {JSON.stringify(e.metadata)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {nextBefore && (
          <Link className={`${buttonClass("secondary")} mt-4`} href={`/audit?${params({ before: nextBefore })}`}>
            {t("older")}
          </Link>
        )}
      </Card>
    </>
  );
}
