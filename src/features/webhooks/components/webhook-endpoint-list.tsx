"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Alert, Badge, EmptyState } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { setWebhookEndpointActiveAction } from "../actions/update-webhook-endpoint";

type Row = {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
  pending: number;
  failed: number;
  delivered: number;
};

export function WebhookEndpointList({ endpoints }: { endpoints: Row[] }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  if (endpoints.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  const setActive = (endpointId: string, active: boolean) =>
    start(async () => void fromResult(await setWebhookEndpointActiveAction({ endpointId, active })));
  return (
    <div className="space-y-3">
      {errors.form && <Alert>{errors.form}</Alert>}
      <ul className="divide-y divide-slate-100">
        {endpoints.map((e) => (
          <li
            key={e.id}
            data-testid={`webhook-${e.url}`}
            className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm"
          >
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <span className="break-all font-mono text-xs">{e.url}</span>
                {e.active ? <Badge tone="green">{t("active")}</Badge> : <Badge>{t("disabled")}</Badge>}
              </div>
              <div className="flex flex-wrap gap-1">
                {e.events.map((ev) => (
                  <Badge key={ev} tone="blue">
                    {ev}
                  </Badge>
                ))}
              </div>
              <div className="text-xs text-slate-500">
                {t("since", { date: format.dateTime(new Date(e.createdAt), "short") })} ·{" "}
                {t("counts", { delivered: e.delivered, pending: e.pending, failed: e.failed })}
              </div>
            </div>
            {e.active ? (
              <ConfirmButton
                variant="danger"
                disabled={pending}
                label={t("disable")}
                title={t("disableTitle")}
                body={t("disableBody")}
                confirmLabel={t("disable")}
                cancelLabel={t("cancel")}
                onConfirm={() => setActive(e.id, false)}
              />
            ) : (
              <Button variant="secondary" disabled={pending} onClick={() => setActive(e.id, true)}>
                {t("enable")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
