import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

type Notice = {
  id: string;
  version: number;
  textNl: string;
  textEn: string;
  createdAt: Date;
  createdByName: string | null;
};

/** Every version ever shown, newest first: the texts consents were given on (AVG art. 7 lid 1). */
export async function NoticeHistory({ notices, currentVersion }: { notices: Notice[]; currentVersion: number }) {
  const t = await getTranslations("purposes");
  const format = await getFormatter();
  return (
    <ol className="space-y-4" aria-label={t("historyTitle")}>
      {notices.map((n) => (
        <li key={n.id} className="rounded-md border border-slate-200 p-3" data-testid={`notice-version-${n.version}`}>
          <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">{t("versionN", { version: n.version })}</span>
            {n.version === currentVersion && <Badge tone="green">{t("current")}</Badge>}
            <span className="text-slate-500">
              {format.dateTime(n.createdAt, "long")}
              {n.createdByName ? ` · ${n.createdByName}` : ""}
            </span>
          </div>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-xs font-medium uppercase text-slate-500">NL</dt>
              <dd className="whitespace-pre-line">{n.textNl}</dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase text-slate-500">EN</dt>
              <dd className="whitespace-pre-line">{n.textEn}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
