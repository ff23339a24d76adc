import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Db } from "@/server/db";
import { decisionStoreStatus } from "../services/store-decisions";
import { lastDecisionStoreCheck } from "../services/check-decision-store";

/**
 * How far the decision store is (after a change of settings or purposes every stored decision is
 * made again in the background) and what its last self-check found. Shown on the settings page,
 * where such a change is made.
 */
export async function DecisionStoreCard({ db }: { db: Db }) {
  const [t, format, status, check] = await Promise.all([
    getTranslations("outreach.store"),
    getFormatter(),
    decisionStoreStatus(db),
    lastDecisionStoreCheck(db),
  ]);
  const ready = status.contacts === 0 ? 100 : Math.floor((100 * status.current) / status.contacts);
  return (
    <Card title={t("title")} className="mt-6">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="mt-3" data-testid="decision-store-status">
        <p className="text-sm font-medium">
          {t("ready", { current: status.current, contacts: status.contacts, ready })}
        </p>
        <progress className="mt-1 h-2 w-full" max={100} value={ready} aria-label={t("title")} />
      </div>
      <p className="mt-3 text-sm text-slate-700" data-testid="decision-store-check">
        {check
          ? t(check.differences === 0 ? "checkClean" : "checkDiffers", {
              at: format.dateTime(check.checkedAt, { dateStyle: "medium", timeStyle: "short" }),
              sampled: check.sampled,
              differences: check.differences,
            })
          : t("checkNever")}
      </p>
    </Card>
  );
}
