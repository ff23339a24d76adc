import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { ConsentEntry } from "../services/get-contact-timeline";
import { STRENGTH_TONE } from "./strength-badge";

/** The proof of one consent record: how, where, the words, who gave it, the notice shown, files. */
export async function ConsentEvidence({ entry }: { entry: ConsentEntry }) {
  const t = await getTranslations("consents");
  const locale = await getLocale();
  const format = await getFormatter();
  const c = entry.confirmation;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[8rem_1fr] gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );
  return (
    <dl className="space-y-0.5">
      {row(t("evidence.method"), t(`methods.${entry.method}`))}
      {entry.evidenceStrength &&
        row(
          t("strength.label"),
          <Badge tone={STRENGTH_TONE[entry.evidenceStrength]}>{t(`strength.${entry.evidenceStrength}`)}</Badge>,
        )}
      {c?.sentAt && row(t("strength.sentAt"), format.dateTime(c.sentAt, "short"))}
      {c?.confirmedAt &&
        row(
          t("strength.confirmedAt"),
          `${format.dateTime(c.confirmedAt, "short")} · ${c.ip ?? "?"} · ${c.userAgent ?? "?"}`,
        )}
      {c?.declinedAt && row(t("strength.declinedAt"), `${format.dateTime(c.declinedAt, "short")} · ${c.ip ?? "?"}`)}
      {entry.location && row(t("evidence.location"), entry.location)}
      {entry.statement && row(t("evidence.statement"), <q className="italic">{entry.statement}</q>)}
      {entry.grantor
        ? row(
            t("evidence.givenBy"),
            t("evidence.representative", {
              name: entry.grantor.name,
              role: entry.grantor.role ?? "?",
              authority: entry.grantor.authority ?? "?",
            }),
          )
        : entry.action === "granted" && row(t("evidence.givenBy"), t("evidence.themselves"))}
      {entry.notice &&
        row(
          t("evidence.notice"),
          <details>
            <summary className="cursor-pointer">
              {t("evidence.noticeVersion", { version: entry.notice.version })}
              {entry.noticeInferred && ` ${t("strength.inferred")}`}
            </summary>
            <p className="mt-1 whitespace-pre-line rounded bg-slate-50 p-2">
              {locale === "nl" ? entry.notice.textNl : entry.notice.textEn}
            </p>
          </details>,
        )}
      {entry.ip && row(t("evidence.ip"), entry.ip)}
      {entry.userAgent && row(t("evidence.userAgent"), <span className="text-xs">{entry.userAgent}</span>)}
      {entry.correctionReason && row(t("evidence.correctionReason"), entry.correctionReason)}
      {entry.attachments.length > 0 &&
        row(
          t("evidence.attachments"),
          <ul className="flex flex-wrap gap-2">
            {entry.attachments.map((a) => (
              <li key={a.id}>
                {/* Browsers cannot show HEIC, and PDFs open in their own viewer: those are links only. */}
                {["image/jpeg", "image/png", "image/webp"].includes(a.mimeType) ? (
                  <a href={`/api/attachments/${a.id}`} target="_blank" rel="noreferrer" className="block">
                    {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route, not optimisable */}
                    <img
                      src={`/api/attachments/${a.id}`}
                      alt={t("evidence.attachmentAlt", { name: a.fileName })}
                      className="h-24 w-auto min-w-16 rounded bg-slate-100 ring-1 ring-slate-200"
                      loading="lazy"
                    />
                  </a>
                ) : null}
                <a href={`/api/attachments/${a.id}?download=1`} className="text-xs text-brand-700 underline">
                  {t("evidence.download", { name: a.fileName, size: Math.max(1, Math.round(a.size / 1024)) })}
                </a>
              </li>
            ))}
          </ul>,
        )}
    </dl>
  );
}
