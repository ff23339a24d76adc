import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import type { findOutboxMessages } from "../services/find-outbox";

export async function OutboxList({
  data,
  page,
}: {
  data: Awaited<ReturnType<typeof findOutboxMessages>>;
  page: number;
}) {
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  if (data.total === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100">
        {data.messages.map((m) => (
          <li key={m.id} className="py-2">
            <Link href={`/outbox/${m.id}`} className="font-medium text-brand-700 hover:underline">
              {m.subject || t("noSubject")}
            </Link>
            <div className="text-xs text-slate-500">
              {t("to", { to: m.toAddress })} · {format.dateTime(m.createdAt, "long")}
            </div>
          </li>
        ))}
      </ul>
      {data.pages > 1 && (
        <nav className="flex gap-3 text-sm" aria-label={t("pages")}>
          {page > 1 && (
            <Link className="underline" href={`/outbox?page=${page - 1}`}>
              {t("previous")}
            </Link>
          )}
          <span>{t("page", { page, pages: data.pages })}</span>
          {page < data.pages && (
            <Link className="underline" href={`/outbox?page=${page + 1}`}>
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
