"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { objectToMarketingAction, unsubscribeAction } from "../actions/unsubscribe";

type State =
  { valid: false; reason: string } | { valid: true; purposeName: string; unsubscribed: boolean; objected: boolean };

/** The page behind an unsubscribe link: confirm the withdrawal, then optionally object to all
 *  direct marketing. Plain, keyboard usable, no sign-in. */
export function UnsubscribePanel({
  token,
  state,
  organisation,
  preferencesPath,
}: {
  token: string;
  state: State;
  organisation: { name: string | null; email: string | null };
  /** The person's preference page: every purpose and channel, not only this mailing's. */
  preferencesPath?: string;
}) {
  const t = useTranslations("public.unsubscribe");
  const [unsubscribed, setUnsubscribed] = useState(state.valid && state.unsubscribed);
  const [objected, setObjected] = useState(state.valid && state.objected);
  const [failed, setFailed] = useState(false);
  const [pending, start] = useTransition();
  const run = (action: typeof unsubscribeAction, done: () => void) =>
    start(async () => {
      const res = await action({ token });
      if (res?.data?.ok) {
        setFailed(false);
        done();
      } else setFailed(true);
    });

  if (!state.valid) {
    return (
      <section className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">{t("invalidTitle")}</h1>
        <p className="text-sm text-slate-700">{state.reason === "expired" ? t("expired") : t("invalid")}</p>
        {organisation.email && (
          <p className="text-sm text-slate-700">{t("contactUs", { email: organisation.email })}</p>
        )}
      </section>
    );
  }
  return (
    <section className="space-y-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {failed && <Alert>{t("failed")}</Alert>}
      {unsubscribed ? (
        <Alert tone="green">{t("done", { purpose: state.purposeName })}</Alert>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t("intro", { purpose: state.purposeName })}</p>
          <Button disabled={pending} onClick={() => run(unsubscribeAction, () => setUnsubscribed(true))}>
            {t("confirm")}
          </Button>
        </div>
      )}
      <div className="space-y-3 border-t border-slate-200 pt-4">
        <h2 className="font-medium">{t("objectTitle")}</h2>
        {objected ? (
          <Alert tone="green">{t("objected")}</Alert>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("objectIntro")}</p>
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => run(objectToMarketingAction, () => setObjected(true))}
            >
              {t("object")}
            </Button>
          </>
        )}
      </div>
      {preferencesPath && (
        <p className="border-t border-slate-200 pt-4 text-sm">
          <a href={preferencesPath} className="text-brand-700 underline">
            {t("preferences")}
          </a>
        </p>
      )}
    </section>
  );
}
