import { getLocale, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ContactDetails } from "../services/get-contact";

const TONE = { given: "green", withdrawn: "red", expired: "amber", none: "slate" } as const;

/** Consent per purpose and channel, computed by the outreach engine's own function. */
export async function ConsentStates({ states }: { states: ContactDetails["consentStates"] }) {
  const t = await getTranslations("contacts");
  const tc = await getTranslations("consents");
  const locale = await getLocale();
  if (states.length === 0) return <EmptyState title={t("noPurposes")} />;
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("consentPerPurpose")}>
      {states.map(({ purpose, channels }) => (
        <li
          key={purpose.id}
          className="flex flex-wrap items-center justify-between gap-2 py-2"
          data-testid={`consent-state-${purpose.key}`}
        >
          <span className="text-sm font-medium">{locale === "nl" ? purpose.nameNl : purpose.nameEn}</span>
          <span className="flex flex-wrap gap-1">
            {channels.map(({ channel, state }) => (
              <Badge key={channel} tone={TONE[state.state]}>
                {tc(`channels.${channel}`)}: {tc(`states.${state.state}`)}
              </Badge>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
