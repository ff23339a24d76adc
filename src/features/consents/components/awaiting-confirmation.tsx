import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { TimelineEvent } from "../services/get-contact-timeline";
import { SendConfirmationButton } from "./send-confirmation-button";

/**
 * Consents given by phone that the person has not confirmed in writing yet (weak evidence, AVG art.
 * 7 lid 1), with the button to send (or send again) the confirmation mail. Nothing when none wait.
 */
export async function AwaitingConfirmation({
  events,
  contactId,
  canSend,
}: {
  events: TimelineEvent[];
  contactId: string;
  canSend: boolean;
}) {
  const waiting = events.flatMap((e) => (e.kind === "consent" && e.consent.awaitingConfirmation ? [e] : []));
  if (waiting.length === 0) return null;
  const t = await getTranslations("consents.awaiting");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <ul className="space-y-3">
        {waiting.map((e) => (
          <li
            key={e.id}
            className="flex flex-col gap-2 rounded-md bg-amber-50 p-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="text-sm">
              <span className="font-medium">{locale === "nl" ? e.consent.purposeNameNl : e.consent.purposeNameEn}</span>
              <span className="block text-slate-600">
                {t("given", { date: format.dateTime(e.at, "short") })}
                {e.consent.confirmation?.sentAt &&
                  ` · ${t("lastSent", { date: format.dateTime(e.consent.confirmation.sentAt, "short") })}`}
              </span>
            </div>
            {canSend && <SendConfirmationButton contactId={contactId} consentRecordId={e.id} />}
          </li>
        ))}
      </ul>
    </Card>
  );
}
