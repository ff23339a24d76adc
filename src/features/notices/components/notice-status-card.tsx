import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import type { Db } from "@/server/db";
import { getNoticeStatus } from "../services/get-notice-status";
import { RecordNoticeForm } from "./record-notice-form";

/**
 * The contact page's view of the art. 14 duty: due by when (and whether overdue), or given when,
 * how and by whom; with the texts as given. Nothing is shown for a contact whose data came from
 * themselves and who was never sent one.
 */
export async function NoticeStatusCard({
  db,
  contactId,
  canRecord,
}: {
  db: Db;
  contactId: string;
  canRecord: boolean;
}) {
  const overview = await getNoticeStatus(db, contactId);
  if (!overview || (overview.status.state === "not_required" && overview.notices.length === 0)) return null;
  const [t, format] = await Promise.all([getTranslations("notices"), getFormatter()]);
  const { status } = overview;
  const when = (d: Date) => format.dateTime(d, "long");
  return (
    <Card title={t("card.title")} className="h-fit">
      <div data-testid="notice-status" className="space-y-3 text-sm">
        {status.state === "due" && (
          <>
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{t("card.dueBy", { deadline: when(status.deadline) })}</span>
              {status.overdue ? (
                <Badge tone="red">{t("overdue")}</Badge>
              ) : status.dueSoon ? (
                <Badge tone="amber">{t("dueSoon")}</Badge>
              ) : null}
            </p>
            <p className="text-slate-600">
              {status.deadlineReason === "first_communication"
                ? t("card.reasonFirstCommunication", { at: when(status.deadline) })
                : t("card.reasonMonth", { collected: when(overview.collectedAt) })}
            </p>
            <p className="text-slate-600">{t("card.howFulfilled")}</p>
          </>
        )}
        {status.state === "given" && (
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{t("card.givenOn", { at: when(status.givenAt) })}</span>
            {status.late ? <Badge tone="amber">{t("late")}</Badge> : <Badge tone="green">{t("inTime")}</Badge>}
          </p>
        )}
        {status.state === "not_required" && <p className="text-slate-600">{t("card.notRequired")}</p>}
        {overview.notices.length > 0 && (
          <ul className="space-y-2" aria-label={t("card.given")}>
            {overview.notices.map((n) => (
              <li key={n.id} className="rounded-md bg-slate-50 p-2">
                <p>
                  {t("card.givenLine", {
                    at: when(n.givenAt),
                    channel: t(`channels.${n.channel}`),
                    via: t(`via.${n.recordedVia}`),
                    by: n.by ?? t("card.unknownBy"),
                  })}
                </p>
                {n.text && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs font-medium">{t("card.text")}</summary>
                    <p className="mt-1 whitespace-pre-line text-xs text-slate-700">{n.text}</p>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
        {canRecord && overview.status.state !== "not_required" && <RecordNoticeForm contactId={contactId} />}
      </div>
    </Card>
  );
}
