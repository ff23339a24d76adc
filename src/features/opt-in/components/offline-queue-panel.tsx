"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import type { QueuedOptIn } from "../offline/queue-store";

/** What is waiting on the phone, what the server refused and why, and what was just sent. */
export function OfflineQueuePanel({
  items,
  synced,
  onSync,
  onEdit,
  onDiscard,
}: {
  items: QueuedOptIn[];
  synced: { clientId: string; label: string; replayed: boolean }[];
  onSync: () => void;
  onEdit: (item: QueuedOptIn) => void;
  onDiscard: (clientId: string) => void;
}) {
  const t = useTranslations("consents.optIn.offline");
  const root = useTranslations();
  // The server's reasons come as message keys where it has them ("consents.errors.choosePurpose").
  const tr = (m: string) => (/^[a-zA-Z]+\.[a-zA-Z0-9_.]+$/.test(m) && root.has(m) ? root(m) : m);
  const format = useFormatter();
  if (items.length === 0 && synced.length === 0) return null;
  return (
    <section aria-labelledby="offline-queue-title" className="space-y-2" data-testid="offline-queue">
      {synced.length > 0 && (
        <Alert tone="green">
          <ul>
            {synced.map((s) => (
              <li key={s.clientId}>{t(s.replayed ? "syncedAgain" : "synced", { label: s.label })}</li>
            ))}
          </ul>
        </Alert>
      )}
      {items.length > 0 && (
        <div className="space-y-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="offline-queue-title" className="text-sm font-semibold">
              {t("queuedTitle")}: {t("waiting", { count: items.length })}
            </h2>
            <Button variant="secondary" onClick={onSync}>
              {t("sendNow")}
            </Button>
          </div>
          <ul className="divide-y divide-amber-200 text-sm">
            {items.map((item) => (
              <li key={item.clientId} className="space-y-1 py-2">
                <div>
                  <span className="font-medium">{item.label}</span>{" "}
                  <span className="text-slate-600">
                    {t("givenAt", { time: format.dateTime(new Date(item.givenAtDevice), "long") })}
                  </span>
                </div>
                {item.refusal && (
                  <div role="alert" className="text-red-700">
                    {t("refused")} {item.refusal.message ? tr(item.refusal.message) : t("refusedGeneric")}
                    {item.refusal.details.length > 0 && (
                      <ul className="list-disc pl-5">
                        {item.refusal.details.map((d) => (
                          <li key={d}>{tr(d)}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                )}
                {item.refusal && (
                  <div className="flex gap-2">
                    <Button variant="secondary" onClick={() => onEdit(item)}>
                      {t("edit")}
                    </Button>
                    <Button variant="ghost" onClick={() => onDiscard(item.clientId)}>
                      {t("discard")}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
