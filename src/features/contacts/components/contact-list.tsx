import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import { CONTACT_FLAGS } from "../schemas";
import type { ContactListRow } from "../services/find-contacts";
import type { ContactBadges } from "../services/find-contact-badges";
import { TagBadges, type TagOption } from "@/features/tags";
import { RowCheckbox } from "@/features/tags/client";

const FLAG_TONE = { customer: "green", designated: "green", objection: "red", restricted: "amber" } as const;

/** Cards on a phone, a table-like grid from md up; each row links to the contact and shows, per
 *  purpose, what the person agreed to, and what else governs them (customer, objection, ...). */
export async function ContactList({
  rows,
  badges,
  purposes,
  companyLink,
  tags,
  selectable = false,
}: {
  rows: ContactListRow[];
  badges: Map<string, ContactBadges>;
  tags?: Map<string, TagOption[]>;
  /** A checkbox per row for the bulk actions (inside BulkSelection). */
  selectable?: boolean;
  purposes: { id: string; nameNl: string; nameEn: string }[];
  companyLink: (id: string) => string;
}) {
  const t = await getTranslations("contacts");
  const locale = await getLocale();
  const purposeName = new Map(purposes.map((p) => [p.id, locale === "nl" ? p.nameNl : p.nameEn] as const));
  if (rows.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("listLabel")}>
      {rows.map((r) => {
        const b = badges.get(r.id);
        // A contact known only by an address (a sign-up, an import) still needs a name to show.
        const name = `${r.firstName ?? ""} ${r.lastName ?? ""}`.trim() || t("noName");
        return (
          <li
            key={r.id}
            className={`grid gap-1 py-3 md:items-center md:gap-4 ${
              selectable ? "grid-cols-[auto_1fr] md:grid-cols-[auto_2fr_2fr_2fr_3fr]" : "md:grid-cols-[2fr_2fr_2fr_3fr]"
            }`}
            data-testid="contact-row"
          >
            {selectable && (
              <div className="row-span-4 pt-0.5 pr-2 md:row-span-1 md:pt-0">
                <RowCheckbox id={r.id} name={name} />
              </div>
            )}
            <div className="min-w-0">
              <Link href={`/contacts/${r.id}`} className="font-medium text-brand-700 hover:underline">
                {name}
              </Link>
              {r.jobTitle && <div className="text-xs text-slate-500">{r.jobTitle}</div>}
              <div className="mt-1">
                <TagBadges tags={tags?.get(r.id) ?? []} label={t("tags")} />
              </div>
            </div>
            <div className="min-w-0 text-sm">
              {r.company ? (
                <Link href={companyLink(r.company.id)} className="hover:underline" title={t("filterByCompany")}>
                  {r.company.name}{" "}
                  <span className="text-xs text-slate-500">({t(`legalForms.${r.company.legalForm}`)})</span>
                </Link>
              ) : (
                <span className="text-slate-500">{t("privatePerson")}</span>
              )}
            </div>
            <div className="min-w-0 text-sm text-slate-700">
              {r.emails[0] && <div className="truncate">{r.emails[0].address}</div>}
              {r.phones[0] && <div>{r.phones[0].e164}</div>}
            </div>
            <ul className="flex min-w-0 flex-wrap gap-1" aria-label={t("badges.label")} data-testid="contact-badges">
              {b?.purposes.map((p) => (
                <li key={p.purposeId}>
                  <Badge tone={p.state === "given" ? "green" : "red"}>
                    {t(`badges.consent.${p.state}`, { purpose: purposeName.get(p.purposeId) ?? "?" })}
                  </Badge>
                </li>
              ))}
              {CONTACT_FLAGS.filter((f) => b?.[f]).map((f) => (
                <li key={f}>
                  <Badge tone={FLAG_TONE[f]}>{t(`flags.${f}`)}</Badge>
                </li>
              ))}
              <li>
                <Badge>{t(`sourceTypes.${r.sourceType}`)}</Badge>
              </li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
