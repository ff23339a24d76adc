import { getFormatter, getTranslations } from "next-intl/server";
import type { BreachDetail } from "../services/find-breaches";
import { ClockBadge } from "./clock-badge";

/** What happened, as the register keeps it (art. 33 lid 5: facts, effects and remedial action). */
export async function BreachFacts({ breach }: { breach: BreachDetail }) {
  const t = await getTranslations("breaches");
  const format = await getFormatter();
  const rows: [string, React.ReactNode][] = [
    [t("fields.clock"), <ClockBadge key="clock" clock={breach.clock} />],
    [t("fields.deadline"), format.dateTime(breach.clock.deadline, "long")],
    [t("fields.awareAt"), format.dateTime(breach.awareAt, "long")],
    [t("fields.occurredAt"), breach.occurredAt ? format.dateTime(breach.occurredAt, "long") : "—"],
    [t("fields.reportedByProcessor"), breach.processor?.name ?? t("fields.notAProcessor")],
    [t("fields.risk"), t(`risk.${breach.risk}`)],
    [t("fields.description"), breach.description],
    [t("fields.dataCategories"), breach.dataCategories.map((c) => t(`dataCategory.${c}`)).join(", ") || "—"],
    [t("fields.subjectCategories"), breach.subjectCategories.map((c) => t(`subjectCategory.${c}`)).join(", ") || "—"],
    [t("fields.approxSubjects"), breach.approxSubjects ?? "—"],
    [t("fields.approxRecords"), breach.approxRecords ?? "—"],
    [t("fields.consequences"), breach.consequences || "—"],
    [t("fields.measures"), breach.measures || "—"],
  ];
  if (breach.notNotifiedReason) rows.push([t("fields.notNotifiedReason"), breach.notNotifiedReason]);
  if (breach.lateReason) rows.push([t("notify.lateReason"), breach.lateReason]);
  rows.push([
    t("fields.affected"),
    t("affected.summary", {
      affected: breach.affectedCount,
      notified: breach.subjectsNotified,
      withoutAddress: breach.affectedWithoutAddress,
    }),
  ]);
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]" data-testid="breach-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="whitespace-pre-line text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function NotificationHistory({ breach }: { breach: BreachDetail }) {
  const t = await getTranslations("breaches");
  const format = await getFormatter();
  if (breach.notifications.length === 0) return <p className="text-sm text-slate-600">{t("notify.none")}</p>;
  return (
    <ol className="space-y-3 text-sm" data-testid="notification-history">
      {breach.notifications.map((n) => (
        <li key={n.id} className="rounded-md bg-slate-50 p-3">
          <p className="font-medium">
            {t(`phase.${n.phase}`)} · {format.dateTime(n.sentAt, "long")}
            {n.reference ? ` · ${n.reference}` : ""}
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-700">{n.summary}</p>
        </li>
      ))}
    </ol>
  );
}
