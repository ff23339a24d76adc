import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { ContactDetails } from "../services/get-contact";

/** The fields an import may fill or replace on a merged contact, by their label. */
const FILLED_LABEL = {
  firstName: "firstName",
  lastName: "lastName",
  jobTitle: "jobTitle",
  notes: "notes",
  companyId: "company",
} as const;

/** Who the person is, where we got their data (AVG art. 14 lid 2 sub f), and how to reach them. */
export async function ContactDetailsView({ contact }: { contact: ContactDetails }) {
  const t = await getTranslations("contacts");
  const format = await getFormatter();
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[9rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <dl aria-label={t("details")}>
        {row(
          t("company"),
          contact.company
            ? `${contact.company.name} (${t(`legalForms.${contact.company.legalForm}`)})`
            : t("privatePerson"),
        )}
        {contact.company?.kvkNumber && row(t("kvkNumber"), contact.company.kvkNumber)}
        {row(t("source"), t(`sourceTypes.${contact.sourceType}`))}
        {contact.sourceDetail && row(t("sourceDetail"), contact.sourceDetail)}
        {contact.publishedForPurpose && row(t("publishedForPurpose"), contact.publishedForPurpose)}
        {row(
          t("collected"),
          `${format.dateTime(contact.collectedAt, "long")}${contact.collectedByName ? ` · ${contact.collectedByName}` : ""}`,
        )}
        {contact.sources.map((s) =>
          row(
            t("furtherSource"),
            <span>
              {[t(`sourceTypes.${s.sourceType}`), s.sourceDetail, format.dateTime(s.collectedAt, "long")]
                .filter(Boolean)
                .join(" · ")}
              {Object.keys(s.filled as object).length > 0 && (
                <span className="block text-slate-500">
                  {t("furtherSourceFilled", {
                    fields: Object.keys(s.filled as object)
                      .filter((f): f is keyof typeof FILLED_LABEL => f in FILLED_LABEL)
                      .map((f) => t(FILLED_LABEL[f]))
                      .join(", "),
                  })}
                </span>
              )}
              {s.importBatchId && (
                <a className="block text-brand-700 underline" href={`/imports/${s.importBatchId}`}>
                  {t("furtherSourceImport")}
                </a>
              )}
            </span>,
          ),
        )}
        {row(
          t("language"),
          contact.language === "nl" || contact.language === "en"
            ? t(`languages.${contact.language}`)
            : t("languageUnknown"),
        )}
        {contact.notes && row(t("notes"), <span className="whitespace-pre-line">{contact.notes}</span>)}
      </dl>
      <dl aria-label={t("contactPoints")}>
        {contact.emails.map((e) => (
          // id: where a "designated address" decision links to (Tw art. 11.7: where the designation was seen).
          <div key={e.id} id={`email-${e.id}`} className="scroll-mt-20">
            {row(
              t("emailAddress"),
              <span className="flex flex-wrap items-center gap-2">
                <a className="text-brand-700 underline" href={`mailto:${e.address}`}>
                  {e.address}
                </a>
                <Badge tone={e.kind === "designated_commercial" ? "blue" : "slate"}>{t(`emailKinds.${e.kind}`)}</Badge>
              </span>,
            )}
            {e.designationWhere &&
              row(
                t("designationWhere"),
                `${e.designationWhere}${e.designationSeenAt ? ` (${format.dateTime(e.designationSeenAt, "short")})` : ""}`,
              )}
          </div>
        ))}
        {contact.phones.map((p) => (
          <div key={p.id}>
            {row(
              t("phoneNumber"),
              <span className="flex flex-wrap items-center gap-2">
                <a className="text-brand-700 underline" href={`tel:${p.e164}`}>
                  {p.e164}
                </a>
                <Badge>{t(`phoneKinds.${p.kind}`)}</Badge>
              </span>,
            )}
          </div>
        ))}
        {contact.postalAddresses.map((a) => (
          <div key={a.id}>{row(t("postalAddress"), `${a.street}, ${a.postalCode} ${a.city} (${a.country})`)}</div>
        ))}
        {contact.emails.length + contact.phones.length + contact.postalAddresses.length === 0 && (
          <p className="text-sm text-slate-500">{t("noContactPoints")}</p>
        )}
      </dl>
    </div>
  );
}
