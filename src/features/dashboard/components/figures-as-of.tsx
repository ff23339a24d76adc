"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { refreshFiguresAction } from "../actions/refresh-figures";

/** When the stored figures were computed, and a way to compute them now. */
export function FiguresAsOf({ computedAt }: { computedAt: string | null }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600" data-testid="figures-as-of">
      <span>
        {computedAt
          ? t("asOf", { time: format.dateTime(new Date(computedAt), { dateStyle: "medium", timeStyle: "short" }) })
          : t("asOfNever")}
      </span>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await refreshFiguresAction({});
          router.refresh();
          setBusy(false);
        }}
      >
        {busy ? t("refreshing") : t("refresh")}
      </Button>
    </p>
  );
}
