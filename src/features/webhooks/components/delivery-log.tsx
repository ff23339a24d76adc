"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Alert, Badge, EmptyState } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { retryWebhookDeliveryAction } from "../actions/update-webhook-endpoint";

type Row = {
  id: string;
  event: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  url: string;
};

const TONE = { delivered: "green", pending: "amber", sending: "amber", failed: "red" } as const;

/** What was sent where, when, and how the receiver answered: the first place to look when a receiver says it missed something. */
export function DeliveryLog({ deliveries }: { deliveries: Row[] }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  if (deliveries.length === 0) return <EmptyState title={t("noDeliveries")} />;
  const when = (iso: string) => format.dateTime(new Date(iso), "long");
  return (
    <div className="space-y-3">
      {errors.form && <Alert>{errors.form}</Alert>}
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th className="py-2 pr-3">{t("when")}</th>
              <th className="py-2 pr-3">{t("event")}</th>
              <th className="py-2 pr-3">{t("status")}</th>
              <th className="py-2 pr-3">{t("result")}</th>
              <th className="py-2" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {deliveries.map((d) => (
              <tr key={d.id} data-testid={`delivery-${d.id}`}>
                <td className="py-2 pr-3 align-top">{when(d.createdAt)}</td>
                <td className="py-2 pr-3 align-top">
                  <code className="font-mono text-xs">{d.event}</code>
                  <div className="break-all text-xs text-slate-500">{d.url}</div>
                </td>
                <td className="py-2 pr-3 align-top">
                  <Badge tone={TONE[d.status as keyof typeof TONE] ?? "slate"}>{t(`statuses.${d.status}`)}</Badge>
                  <div className="text-xs text-slate-500">{t("attempts", { count: d.attempts })}</div>
                </td>
                <td className="py-2 pr-3 align-top text-xs">
                  {d.lastStatusCode !== null && <div>HTTP {d.lastStatusCode}</div>}
                  {d.lastError && <div className="text-red-700">{d.lastError}</div>}
                  {d.deliveredAt && <div>{t("deliveredAt", { date: when(d.deliveredAt) })}</div>}
                  {d.status === "pending" && <div>{t("nextAttempt", { date: when(d.nextAttemptAt) })}</div>}
                </td>
                <td className="py-2 text-right align-top">
                  {d.status === "failed" && (
                    <Button
                      variant="secondary"
                      disabled={pending}
                      onClick={() =>
                        start(async () => void fromResult(await retryWebhookDeliveryAction({ deliveryId: d.id })))
                      }
                    >
                      {t("retry")}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
