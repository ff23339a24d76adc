"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ROLES, type Role } from "@/domain/vocabulary";
import { Alert, Badge } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { changeUserRoleAction } from "../actions/change-user-role";
import { setUserActiveAction } from "../actions/set-user-active";
import { endUserSessionsAction } from "../actions/end-user-sessions";

type Row = { id: string; name: string; email: string; role: Role; active: boolean; createdAt: string };

export function UserTable({ users, currentUserId }: { users: Row[]; currentUserId: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  const [filter, setFilter] = useState("");
  const [ended, setEnded] = useState<string | null>(null);
  const shown = users.filter((u) => `${u.name} ${u.email}`.toLowerCase().includes(filter.toLowerCase()));
  return (
    <div className="space-y-3">
      {errors.form && <Alert>{errors.form}</Alert>}
      {ended && <Alert tone="green">{t("users.sessionsEnded", { name: ended })}</Alert>}
      <input
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t("users.filter")}
        aria-label={t("users.filter")}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th className="py-2 pr-3">{t("users.name")}</th>
              <th className="py-2 pr-3">{t("users.role")}</th>
              <th className="py-2 pr-3">{t("users.status")}</th>
              <th className="py-2" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((u) => (
              <tr key={u.id} data-testid={`user-row-${u.email}`}>
                <td className="py-2 pr-3">
                  <div className="font-medium">{u.name}</div>
                  <div className="text-slate-500">{u.email}</div>
                  <div className="text-xs text-slate-400">
                    {t("users.since", { date: format.dateTime(new Date(u.createdAt), "short") })}
                  </div>
                </td>
                <td className="py-2 pr-3">
                  <select
                    aria-label={t("users.roleOf", { name: u.name })}
                    value={u.role}
                    disabled={pending}
                    onChange={(e) =>
                      start(
                        async () =>
                          void fromResult(await changeUserRoleAction({ userId: u.id, role: e.target.value as Role })),
                      )
                    }
                    className="rounded border border-slate-300 bg-white px-2 py-1"
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`common.roles.${r}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="py-2 pr-3">
                  {u.active ? (
                    <Badge tone="green">{t("users.active")}</Badge>
                  ) : (
                    <Badge tone="red">{t("users.deactivated")}</Badge>
                  )}
                </td>
                <td className="space-x-2 space-y-2 py-2 text-right">
                  {u.id !== currentUserId && u.active && (
                    <ConfirmButton
                      variant="secondary"
                      disabled={pending}
                      label={t("users.endSessions")}
                      title={t("users.endSessionsTitle", { name: u.name })}
                      body={t("users.endSessionsBody")}
                      confirmLabel={t("users.endSessions")}
                      cancelLabel={t("common.cancel")}
                      onConfirm={() =>
                        start(async () => {
                          setEnded(null);
                          if (fromResult(await endUserSessionsAction({ userId: u.id }))) setEnded(u.name);
                        })
                      }
                    />
                  )}
                  {u.id !== currentUserId && (
                    <ConfirmButton
                      variant={u.active ? "danger" : "secondary"}
                      disabled={pending}
                      label={u.active ? t("users.deactivate") : t("users.reactivate")}
                      title={
                        u.active
                          ? t("users.deactivateTitle", { name: u.name })
                          : t("users.reactivateTitle", { name: u.name })
                      }
                      body={u.active ? t("users.deactivateBody") : undefined}
                      confirmLabel={u.active ? t("users.deactivate") : t("users.reactivate")}
                      cancelLabel={t("common.cancel")}
                      onConfirm={() =>
                        start(
                          async () => void fromResult(await setUserActiveAction({ userId: u.id, active: !u.active })),
                        )
                      }
                    />
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
