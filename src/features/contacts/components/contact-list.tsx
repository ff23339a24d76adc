import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ContactListRow } from "../services/find-contacts";

/** Cards on a phone, a table-like grid from md up; each row links to the contact. */
export async function ContactList({
  rows,
  companyLink,
}: {
  rows: ContactListRow[];
  companyLink: (id: string) => string;
}) {
  const t = await getTranslations("contacts");
  if (rows.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("listLabel")}>
      {rows.map((r) => (
        <li
          key={r.id}
          className="grid gap-1 py-3 md:grid-cols-[2fr_2fr_2fr_1fr] md:items-center md:gap-4"
          data-testid="contact-row"
        >
          <div>
            <Link href={`/contacts/${r.id}`} className="font-medium text-brand-700 hover:underline">
              {r.firstName} {r.lastName}
            </Link>
            {r.jobTitle && <div className="text-xs text-slate-500">{r.jobTitle}</div>}
          </div>
          <div className="text-sm">
            {r.company ? (
              <Link href={companyLink(r.company.id)} className="hover:underline" title={t("filterByCompany")}>
                {r.company.name}{" "}
                <span className="text-xs text-slate-500">({t(`legalForms.${r.company.legalForm}`)})</span>
              </Link>
            ) : (
              <span className="text-slate-500">{t("privatePerson")}</span>
            )}
          </div>
          <div className="text-sm text-slate-700">
            {r.emails[0] && <div className="truncate">{r.emails[0].address}</div>}
            {r.phones[0] && <div>{r.phones[0].e164}</div>}
          </div>
          <div>
            <Badge>{t(`sourceTypes.${r.sourceType}`)}</Badge>
          </div>
        </li>
      ))}
    </ul>
  );
}
