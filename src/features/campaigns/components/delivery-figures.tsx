import { getTranslations } from "next-intl/server";
import type { DeliveryFigures as Figures } from "../services/get-delivery-figures";

const KEYS = ["delivered", "deferred", "bounced", "unsubscribed", "complained"] as const;

/** What happened to the mail after the rules let it go, as the mail servers answered. */
export async function DeliveryFigures({ figures }: { figures: Figures }) {
  const t = await getTranslations("campaigns");
  return (
    <div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {KEYS.map((k) => (
          <div key={k} className="rounded-md p-3 ring-1 ring-slate-200">
            <dt className="text-xs text-slate-600">{t(`delivery.${k}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`delivery-${k}`}>
              {figures[k]}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-500">{t("delivery.hint")}</p>
      {/* Shown only when some mail was measured or refused a pixel for want of consent: a rate
          over everyone would count people who were never measured (and may not be). */}
      {(figures.opens.measured > 0 || figures.opens.noConsent > 0) && (
        <p className="mt-3 text-sm text-slate-700" data-testid="delivery-opens">
          {t("delivery.opens", figures.opens)}
          {figures.opens.off > 0 && ` ${t("delivery.opensOff", figures.opens)}`}
        </p>
      )}
    </div>
  );
}
