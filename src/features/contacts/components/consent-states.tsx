import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ConsentState } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import type { ContactDetails } from "../services/get-contact";

const TONE = { given: "green", withdrawn: "red", expired: "amber", none: "slate" } as const;

/** Consent per purpose and channel, computed by the outreach engine's own function. A consent that
 *  has an end says when and why: its lifetime, or (for calls) the first call that is due. */
export async function ConsentStates({ states }: { states: ContactDetails["consentStates"] }) {
  const t = await getTranslations("contacts");
  const tc = await getTranslations("consents");
  const format = await getFormatter();
  const locale = await getLocale();
  if (states.length === 0) return <EmptyState title={t("noPurposes")} />;
  const lapseNote = (channel: Channel, s: ConsentState): string | null => {
    if (!s.lapse || !s.expiresAt || (s.state !== "given" && s.state !== "expired")) return null;
    const channelName = tc(`channels.${channel}`);
    const values = {
      channel: channelName,
      date: format.dateTime(s.expiresAt, "short"),
      source: t(`consentLapse.sources.${s.lapse.source}`, { channel: channelName }),
    };
    if (s.lapse.kind === "first_call") {
      const key = s.state === "given" ? "consentLapse.firstCallDue" : "consentLapse.firstCallMissed";
      return t(key, { ...values, months: s.lapse.months });
    }
    const key = s.state === "given" ? "consentLapse.lifetimeUntil" : "consentLapse.lifetimeEnded";
    return t(key, { ...values, days: s.lapse.days });
  };
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("consentPerPurpose")}>
      {states.map(({ purpose, channels }) => {
        const notes = channels
          .map(({ channel, state }) => ({ channel, note: lapseNote(channel, state) }))
          .filter((n): n is { channel: Channel; note: string } => n.note !== null);
        return (
          <li key={purpose.id} className="space-y-1 py-2" data-testid={`consent-state-${purpose.key}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-medium">{locale === "nl" ? purpose.nameNl : purpose.nameEn}</span>
              <span className="flex flex-wrap gap-1">
                {channels.map(({ channel, state }) => (
                  <Badge key={channel} tone={TONE[state.state]}>
                    {tc(`channels.${channel}`)}: {tc(`states.${state.state}`)}
                  </Badge>
                ))}
              </span>
            </div>
            {notes.map(({ channel, note }) => (
              <p
                key={channel}
                className="text-xs text-slate-600"
                data-testid={`consent-lapse-${purpose.key}-${channel}`}
              >
                {note}
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
