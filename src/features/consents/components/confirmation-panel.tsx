"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { confirmConsentAction, declineConsentAction } from "../actions/answer-written-confirmation";

export type ConfirmationState =
  | { valid: false; reason: string }
  | {
      valid: true;
      givenAt: string;
      purpose: { nameNl: string; nameEn: string };
      channels: string[];
      statement: string | null;
      notice: { textNl: string; textEn: string } | null;
      answer: "confirmed" | "declined" | null;
    };

/**
 * The page behind the link in a written confirmation. Opening it changes nothing (mail scanners
 * follow links); the person presses a button to confirm, or to say no, which withdraws at once.
 */
export function ConfirmationPanel({ token, state }: { token: string; state: ConfirmationState }) {
  const t = useTranslations("public.confirmation");
  const tc = useTranslations("consents.channels");
  const format = useFormatter();
  const locale = useLocale();
  const [answer, setAnswer] = useState(state.valid ? state.answer : null);
  const [failed, setFailed] = useState<string | null>(null);
  const [pending, start] = useTransition();

  if (!state.valid) {
    return (
      <section className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">{t("invalidTitle")}</h1>
        <p className="text-sm text-slate-700">{state.reason === "expired" ? t("expired") : t("invalid")}</p>
      </section>
    );
  }
  const run = (action: typeof confirmConsentAction, done: "confirmed" | "declined") =>
    start(async () => {
      const res = await action({ token });
      if (res?.data?.ok) {
        setFailed(null);
        setAnswer(res.data.done === "already" ? done : res.data.done);
      } else
        setFailed(
          res?.data && !res.data.ok && res.data.reason === "declined_before" ? t("declinedBefore") : t("failed"),
        );
    });
  const purpose = locale === "en" ? state.purpose.nameEn : state.purpose.nameNl;
  const channels = state.channels.map((c) => tc(c as "email")).join(", ");
  return (
    <section className="space-y-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">
        {t("intro", { date: format.dateTime(new Date(state.givenAt), "long"), purpose, channels })}
      </p>
      {state.statement && (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-sm italic">{state.statement}</blockquote>
      )}
      {state.notice && (
        <div className="space-y-1">
          <h2 className="text-sm font-medium">{t("noticeTitle")}</h2>
          <p className="text-sm whitespace-pre-line text-slate-700">
            {locale === "en" ? state.notice.textEn : state.notice.textNl}
          </p>
        </div>
      )}
      {failed && <Alert>{failed}</Alert>}
      {answer === "confirmed" && <Alert tone="green">{t("confirmed")}</Alert>}
      {answer === "declined" && <Alert tone="green">{t("declined")}</Alert>}
      {answer !== "declined" && (
        <div className="flex flex-col gap-3 sm:flex-row">
          {answer !== "confirmed" && (
            <Button disabled={pending} onClick={() => run(confirmConsentAction, "confirmed")}>
              {t("confirm")}
            </Button>
          )}
          <Button variant="secondary" disabled={pending} onClick={() => run(declineConsentAction, "declined")}>
            {t("decline")}
          </Button>
        </div>
      )}
    </section>
  );
}
