import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { TimelineEvent } from "../services/get-contact-timeline";
import type { ActivityEvent } from "../services/get-contact-activity";
import { ConsentEvidence } from "./consent-evidence";
import { CorrectConsentForm } from "./correct-consent-form";

/**
 * One timeline of everything that happened to the person's consent, bases, objections and
 * restriction: when, what, who recorded it, and the evidence (AVG art. 5 lid 2, art. 7 lid 1);
 * with `activity`, the campaigns, calls and requests in between, all sorted by time.
 */
export async function Timeline({
  events: history,
  activity = [],
  contactId,
  canCorrect,
}: {
  events: TimelineEvent[];
  activity?: ActivityEvent[];
  contactId: string;
  canCorrect: boolean;
}) {
  const t = await getTranslations("consents");
  const format = await getFormatter();
  const locale = await getLocale();
  const [tCalls, tRequests] = await Promise.all([getTranslations("calls"), getTranslations("search")]);
  const events = [...history, ...activity].sort((a, b) => b.at.getTime() - a.at.getTime());
  if (events.length === 0) return <EmptyState title={t("timeline.emptyTitle")}>{t("timeline.emptyBody")}</EmptyState>;
  const name = (e: { purposeNameNl: string; purposeNameEn: string }) =>
    locale === "nl" ? e.purposeNameNl : e.purposeNameEn;
  // "request:email" = received as a data-subject request through that channel.
  const viaLabel = (via: string) => {
    const [kind, channel] = via.split(":");
    if (kind === "request")
      return t("via.request", { channel: t.has(`via.${channel}`) ? t(`via.${channel}`) : channel });
    return t.has(`via.${via}`) ? t(`via.${via}`) : via;
  };
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-4" aria-label={t("timeline.title")}>
      {events.map((e) => (
        <li
          key={`${e.kind}-${e.id}`}
          id={anchorOf(e)}
          className="relative scroll-mt-20 target:rounded target:bg-amber-50"
          data-testid={`timeline-${e.kind}`}
        >
          <span
            className="absolute -left-[1.4rem] top-1.5 size-3 rounded-full bg-slate-300 ring-4 ring-white"
            aria-hidden
          />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <time dateTime={e.at.toISOString()} className="font-medium">
              {format.dateTime(e.at, "long")}
            </time>
            {e.kind === "consent" && (
              <>
                <Badge tone={e.consent.action === "granted" ? "green" : "red"}>
                  {t(`timeline.${e.consent.action}`)}
                </Badge>
                <span className="font-medium">{name(e.consent)}</span>
                <span className="text-slate-600">
                  {e.consent.channels.length
                    ? e.consent.channels.map((c) => t(`channels.${c}`)).join(", ")
                    : t("timeline.allChannels")}
                </span>
                {e.consent.correctsId && (
                  <Badge tone="amber">
                    {e.consent.invalidates ? t("timeline.invalidation") : t("timeline.correction")}
                  </Badge>
                )}
                {e.consent.superseded && <Badge>{t("timeline.superseded")}</Badge>}
                {e.consent.awaitingConfirmation && <Badge tone="amber">{t("strength.awaiting")}</Badge>}
                {e.consent.notForCalls && <Badge tone="amber">{t("timeline.notForCalls")}</Badge>}
              </>
            )}
            {e.kind === "legal_basis" && (
              <>
                <Badge tone="blue">{t(`bases.${e.basis.basis}`)}</Badge>
                <span className="font-medium">{name(e.basis)}</span>
                {e.basis.until && (
                  <span className="text-slate-600">
                    {t("timeline.until", { date: format.dateTime(e.basis.until, "short") })}
                  </span>
                )}
              </>
            )}
            {e.kind === "customer_relationship" && <Badge tone="blue">{t("timeline.customer")}</Badge>}
            {e.kind === "objection" && (
              <Badge tone="red">{t("timeline.objection", { scope: t(`scopes.${e.objection.scope}`) })}</Badge>
            )}
            {e.kind === "campaign" && (
              <>
                <Badge tone="blue">
                  {t("timeline.campaignSent", { channel: t(`channels.${e.campaign.channel}`) })}
                </Badge>
                <span className="font-medium">{e.campaign.name}</span>
              </>
            )}
            {e.kind === "call" && (
              <Badge tone="blue">{t("timeline.call", { outcome: tCalls(`outcomes.${e.call.outcome}`) })}</Badge>
            )}
            {e.kind === "request" && (
              <>
                <Badge tone="amber">
                  {t("timeline.request", { type: tRequests(`requestTypes.${e.request.type}`) })}
                </Badge>
                <span className="font-medium">{e.request.reference}</span>
              </>
            )}
            {e.kind === "restriction_set" && <Badge tone="red">{t("timeline.restrictionSet")}</Badge>}
            {e.kind === "restriction_lifted" && <Badge tone="green">{t("timeline.restrictionLifted")}</Badge>}
            {e.kind === "channel_opt_out" && !e.optOut.until && (
              <Badge tone="red">{t("timeline.channelOptOut", { channel: t(`channels.${e.optOut.channel}`) })}</Badge>
            )}
            {e.kind === "channel_opt_out" && e.optOut.until && (
              <Badge tone="amber">
                {t(e.optOut.endedAt ? "timeline.channelPauseEnded" : "timeline.channelPause", {
                  channel: t(`channels.${e.optOut.channel}`),
                  until: format.dateTime(e.optOut.until, "long"),
                  ended: e.optOut.endedAt ? format.dateTime(e.optOut.endedAt, "long") : "",
                })}
              </Badge>
            )}
          </div>
          {"recordedAt" in e && (
            <p className="text-xs text-slate-500">
              {t("timeline.recorded", {
                date: format.dateTime(e.recordedAt, "long"),
                who: e.recordedBy ?? t("timeline.system"),
              })}
            </p>
          )}
          <div className="mt-1 text-sm text-slate-700">
            {e.kind === "consent" && e.consent.notForCalls && (
              // Said on the record itself, not only when a call is refused: why this consent does not
              // count for calls, with the law it rests on.
              <p className="mb-1 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="not-for-calls">
                {t("timeline.notForCallsWhy")}
              </p>
            )}
            {e.kind === "consent" && <ConsentEvidence entry={e.consent} />}
            {e.kind === "legal_basis" && e.basis.balancingNote && (
              <p className="whitespace-pre-line">{e.basis.balancingNote}</p>
            )}
            {e.kind === "customer_relationship" && (
              <p>
                {e.relationship.products.join(", ")} ·{" "}
                {t(e.relationship.kind === "one_time" ? "relationship.oneTime" : "relationship.ongoing")}
                {e.relationship.until
                  ? ` · ${t("timeline.until", { date: format.dateTime(e.relationship.until, "short") })}`
                  : ""}{" "}
                ·{" "}
                {e.relationship.optOutOfferedAtCollection
                  ? t("timeline.optOutOffered")
                  : t("timeline.optOutNotOffered")}
              </p>
            )}
            {e.kind === "objection" && <p>{t("timeline.via", { via: viaLabel(e.objection.receivedVia) })}</p>}
            {(e.kind === "restriction_set" || e.kind === "restriction_lifted") && (
              <p className="whitespace-pre-line">{e.restriction.reason}</p>
            )}
            {e.kind === "call" && (
              <p className="whitespace-pre-line">{[e.call.calledBy, e.call.notes].filter(Boolean).join(" · ")}</p>
            )}
            {e.kind === "request" && (
              <p>{t("timeline.requestStatus", { status: tRequests(`requestStatuses.${e.request.status}`) })}</p>
            )}
          </div>
          {canCorrect && e.kind === "consent" && !e.consent.superseded && !e.consent.invalidates && (
            <div className="mt-2">
              <CorrectConsentForm contactId={contactId} recordId={e.id} isGrant={e.consent.action === "granted"} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The element id a decision's evidence link points at (src/features/outreach/evidence-anchor.ts),
 * so "why may we mail this person?" lands on the record that proves it.
 */
function anchorOf(e: TimelineEvent | ActivityEvent): string | undefined {
  switch (e.kind) {
    case "consent":
      return `consent-${e.id}`;
    case "legal_basis":
      return `basis-${e.id}`;
    case "customer_relationship":
      return `relationship-${e.id}`;
    case "objection":
      return `objection-${e.id}`;
    case "restriction_set":
      return `restriction-${e.restriction.restrictionId}`;
    case "channel_opt_out":
      return `optout-${e.id}`;
    default:
      return undefined;
  }
}
