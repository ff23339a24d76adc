"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Alert, Badge, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { displayPrefix } from "../key-format";
import { revokeApiKeyAction } from "../actions/revoke-api-key";

type Row = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export function ApiKeyTable({ keys }: { keys: Row[] }) {
  const t = useTranslations("apiKeys");
  const format = useFormatter();
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  if (keys.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  const when = (iso: string) => format.dateTime(new Date(iso), "long");
  return (
    <div className="space-y-3">
      {errors.form && <Alert>{errors.form}</Alert>}
      <ul className="divide-y divide-slate-100">
        {keys.map((k) => (
          <li
            key={k.id}
            data-testid={`api-key-${k.name}`}
            className="flex flex-wrap items-start justify-between gap-3 py-3"
          >
            <div className="min-w-0 space-y-1 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{k.name}</span>
                {k.revokedAt ? <Badge tone="red">{t("revoked")}</Badge> : <Badge tone="green">{t("active")}</Badge>}
              </div>
              <div className="font-mono text-xs text-slate-500">{displayPrefix(k.prefix)}</div>
              <div className="flex flex-wrap gap-1">
                {k.scopes.map((s) => (
                  <Badge key={s} tone="blue">
                    {s}
                  </Badge>
                ))}
              </div>
              <div className="text-xs text-slate-500">
                {t("createdBy", { date: when(k.createdAt), name: k.createdByName ?? t("operator") })}
                {" · "}
                {k.lastUsedAt ? t("lastUsed", { date: when(k.lastUsedAt) }) : t("neverUsed")}
                {k.revokedAt && (
                  <>
                    {" · "}
                    {t("revokedAt", { date: when(k.revokedAt) })}
                  </>
                )}
              </div>
            </div>
            {!k.revokedAt && (
              <ConfirmButton
                variant="danger"
                disabled={pending}
                label={t("revoke")}
                title={t("revokeTitle", { name: k.name })}
                body={t("revokeBody")}
                confirmLabel={t("revoke")}
                cancelLabel={t("cancel")}
                onConfirm={() => start(async () => void fromResult(await revokeApiKeyAction({ apiKeyId: k.id })))}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
