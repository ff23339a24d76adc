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
/** Per purpose: the tick for its channels other than phone (narrowed by the channel boxes), and
 *  the separate tick for calls. */
export type PurposeChoice = Record<string, { checked: boolean; channels: Channel[]; call: boolean }>;

/** The channels the purpose tick covers: every channel of the purpose except phone. */
export const tickChannels = (p: OptInPurpose): Channel[] => p.channels.filter((c) => c !== "phone");

/** What the ticks record: one consent for the purpose's other channels, and a consent of its own
 *  for calls (the explanatory memorandum to the 2021 amendment of Tw art. 11.7: consent to be
 *  called is its own act). */
export function ticked(purposes: OptInPurpose[], choice: PurposeChoice) {
  return purposes.flatMap((p) => {
    const c = choice[p.key];
    const out: { purpose: string; channels: Channel[]; noticeVersion: number }[] = [];
    if (c.checked && c.channels.length > 0)
      out.push({ purpose: p.key, channels: c.channels, noticeVersion: p.noticeVersion });
    if (c.call) out.push({ purpose: p.key, channels: ["phone"], noticeVersion: p.noticeVersion });
    return out;
  });
}

/**
 * Step 2: tick each purpose the person agreed to. Consent is per purpose (AVG art. 6 lid 1 sub a)
 * and informed (art. 13): the notice text shown is right there, and its version is recorded.
 * Calls are never part of the purpose tick: "you may call me about …" is a box of its own, never
 * pre-ticked, recorded as a consent for phone alone.
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
  const set = (key: string, change: Partial<PurposeChoice[string]>) =>
    onChoice({ ...choice, [key]: { ...choice[key], ...change } });
  const toggleChannel = (p: OptInPurpose, channel: Channel, on: boolean) => {
    const current = choice[p.key].channels;
    const channels = on ? [...current, channel] : current.filter((c) => c !== channel);
    // No channel left is no consent for them: untick the purpose rather than send "every channel".
    set(p.key, channels.length > 0 ? { channels } : { channels: tickChannels(p), checked: false });
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-base font-semibold">{t("optIn.purposesTitle")}</legend>
      {error && <p className="text-sm text-red-700">{error}</p>}
      {purposes.map((p) => {
        const c = choice[p.key];
        const others = tickChannels(p);
        const offersCalls = p.channels.includes("phone");
        return (
          <div
            key={p.key}
            className={`rounded-md p-3 ring-1 ${c.checked || c.call ? "bg-brand-50 ring-brand-600" : "ring-slate-300"}`}
          >
            {others.length > 0 ? (
              <label className="flex min-h-8 items-start gap-3 text-sm font-medium">
                {/* Never pre-ticked: an opt-in must be the person's own act (AVG art. 7 lid 2; Planet49). */}
                <input
                  type="checkbox"
                  className="mt-0.5 size-5"
                  checked={c.checked}
                  onChange={(e) => set(p.key, { checked: e.target.checked })}
                />
                <span>{p.name}</span>
              </label>
            ) : (
              <p className="text-sm font-medium">{p.name}</p>
            )}
            <details className="mt-1 pl-8 text-sm text-slate-700">
              <summary className="cursor-pointer text-xs text-slate-600">
                {t("optIn.noticeShown", { version: p.noticeVersion })}
              </summary>
              <p className="mt-1 whitespace-pre-line">{p.noticeText}</p>
            </details>
            {c.checked && others.length > 1 && (
              <div
                className="mt-2 flex flex-wrap gap-3 pl-8"
                role="group"
                aria-label={t("optIn.channelsFor", { purpose: p.name })}
              >
                {others.map((ch) => (
                  <label key={ch} className="flex min-h-8 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="size-5"
                      checked={c.channels.includes(ch)}
                      onChange={(e) => toggleChannel(p, ch, e.target.checked)}
                    />
                    {t(`channels.${ch}`)}
                  </label>
                ))}
              </div>
            )}
            {offersCalls && (
              <div className="mt-2 border-t border-slate-200 pt-2">
                <label className="flex min-h-8 items-start gap-3 text-sm">
                  {/* Its own box, never pre-ticked: consent to be called is a separate act. */}
                  <input
                    type="checkbox"
                    className="mt-0.5 size-5"
                    checked={c.call}
                    aria-describedby={`call-hint-${p.key}`}
                    onChange={(e) => set(p.key, { call: e.target.checked })}
                  />
                  <span>{t("optIn.mayCall", { purpose: p.name })}</span>
                </label>
                <p id={`call-hint-${p.key}`} className="pl-8 text-xs text-slate-600">
                  {t("optIn.mayCallHint")}
                </p>
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
