import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { findActivePurposes } from "@/features/purposes/services/load-purpose";
import { ZCallListQuery } from "@/features/calls/schemas";
import { getCallList } from "@/features/calls/services/get-call-list";
import { CallListView } from "@/features/calls/components/call-list";

export async function generateMetadata() {
  return { title: (await getTranslations("calls"))("title") };
}

export default async function CallsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("calls:use");
  const t = await getTranslations("calls");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const db = await getDb();
  const query = ZCallListQuery.parse(await searchParams);
  const purposes = (await findActivePurposes(db)).filter((p) => p.channels.includes("phone"));
  const purpose = purposes.find((p) => p.key === query.purpose) ?? (purposes.length === 1 ? purposes[0] : undefined);
  const tag = query.tag
    ? await db.tag.findUnique({ where: { id: query.tag }, select: { id: true, name: true } })
    : null;
  const list = purpose ? await getCallList(db, purpose, query.q?.toLowerCase(), tag?.id) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("chooseLabel")}>
          <label className="text-sm" htmlFor="purpose">
            <span className="block font-medium">{t("purpose")}</span>
            <select
              id="purpose"
              name="purpose"
              defaultValue={purpose?.key ?? ""}
              className="min-h-10 rounded-md border border-slate-300 bg-white px-2"
            >
              <option value="" disabled>
                {t("choosePurpose")}
              </option>
              {purposes.map((p) => (
                <option key={p.key} value={p.key}>
                  {lang === "en" ? p.nameEn : p.nameNl}
                </option>
              ))}
            </select>
          </label>
          <label className="flex-1 text-sm" htmlFor="q">
            <span className="block font-medium">{t("search")}</span>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={query.q ?? ""}
              className="min-h-10 w-full rounded-md border border-slate-300 px-2"
              placeholder={t("searchHint")}
            />
          </label>
          {tag && <input type="hidden" name="tag" value={tag.id} />}
          <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white">
            {t("show")}
          </button>
        </form>
        {tag && (
          <p className="mt-3 text-sm" data-testid="call-list-tag">
            {t("tagFilter", { name: tag.name })}{" "}
            <Link
              className="text-brand-700 underline"
              href={`/calls?${new URLSearchParams(purpose ? { purpose: purpose.key } : {})}`}
            >
              {t("clearTag")}
            </Link>
          </p>
        )}
      </Card>
      {purposes.length === 0 ? (
        <EmptyState title={t("noPurposes")} />
      ) : purpose && list ? (
        <CallListView list={list} purposeId={purpose.id} />
      ) : (
        <EmptyState title={t("pickPurpose")} />
      )}
    </>
  );
}
