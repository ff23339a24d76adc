import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { splitRemaining, type BreachClock } from "@/domain/breaches";

const TONES = {
  running: "blue",
  urgent: "amber",
  overdue: "red",
  notified_in_time: "green",
  notified_late: "amber",
  not_required: "slate",
} as const;

/** The 72-hour clock (AVG art. 33 lid 1) in words: the state and, while it runs, the hours left. */
export async function ClockBadge({ clock }: { clock: BreachClock }) {
  const t = await getTranslations("breaches");
  const left = splitRemaining(clock.remainingMs);
  const running = clock.state === "running" || clock.state === "urgent" || clock.state === "overdue";
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-clock={clock.state}>
      <Badge tone={TONES[clock.state]}>{t(`clock.${clock.state}`)}</Badge>
      {running && (
        <span className="text-xs tabular-nums text-slate-700">
          {t(left.overdue ? "clock.overdueBy" : "clock.left", { hours: left.hours, minutes: left.minutes })}
        </span>
      )}
    </span>
  );
}
