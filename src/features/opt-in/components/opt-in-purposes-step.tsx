"use client";
import { useTranslations } from "next-intl";
import type { Channel } from "@/domain/vocabulary";

export type OptInPurpose = {
  key: string;
  name: string;
  channels: Channel[];
  noticeVersion: number;
  noticeText: string;
};
export type PurposeChoice = Record<string, { checked: boolean; channels: Channel[] }>;

/**
 * Step 2: tick each purpose the person agreed to. Consent is per purpose (AVG art. 6 lid 1 sub a)
 * and informed (art. 13): the notice text shown is right there, and its version is recorded.
 */
export function OptInPurposesStep({
  purposes,
  choice,
  onChoice,
  error,
}: {
  purposes: OptInPurpose[];
  choice: PurposeChoice;
  onChoice: (c: PurposeChoice) => void;
  error?: string;
}) {
  const t = useTranslations("consents");
  if (purposes.length === 0) return <p className="text-sm text-slate-600">{t("optIn.noPurposes")}</p>;
  const toggle = (key: string, checked: boolean) => onChoice({ ...choice, [key]: { ...choice[key], checked } });
  const toggleChannel = (key: string, channel: Channel, on: boolean) => {
    const current = choice[key].channels;
    onChoice({
      ...choice,
      [key]: { ...choice[key], channels: on ? [...current, channel] : current.filter((c) => c !== channel) },
    });
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-base font-semibold">{t("optIn.purposesTitle")}</legend>
      {error && <p className="text-sm text-red-700">{error}</p>}
      {purposes.map((p) => {
        const c = choice[p.key];
        return (
          <div
            key={p.key}
            className={`rounded-md p-3 ring-1 ${c.checked ? "bg-brand-50 ring-brand-600" : "ring-slate-300"}`}
          >
            <label className="flex min-h-8 items-start gap-3 text-sm font-medium">
              {/* Never pre-ticked: an opt-in must be the person's own act (AVG art. 7 lid 2; Planet49). */}
              <input
                type="checkbox"
                className="mt-0.5 size-5"
                checked={c.checked}
                onChange={(e) => toggle(p.key, e.target.checked)}
              />
              <span>{p.name}</span>
            </label>
            <details className="mt-1 pl-8 text-sm text-slate-700">
              <summary className="cursor-pointer text-xs text-slate-600">
                {t("optIn.noticeShown", { version: p.noticeVersion })}
              </summary>
              <p className="mt-1 whitespace-pre-line">{p.noticeText}</p>
            </details>
            {c.checked && p.channels.length > 1 && (
              <div
                className="mt-2 flex flex-wrap gap-3 pl-8"
                role="group"
                aria-label={t("optIn.channelsFor", { purpose: p.name })}
              >
                {p.channels.map((ch) => (
                  <label key={ch} className="flex min-h-8 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="size-5"
                      checked={c.channels.includes(ch)}
                      onChange={(e) => toggleChannel(p.key, ch, e.target.checked)}
                    />
                    {t(`channels.${ch}`)}
                  </label>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
