import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ZFindContactsInput } from "@/features/contacts/schemas";
import { findContacts } from "@/features/contacts/services/find-contacts";
import { ContactFilters } from "@/features/contacts/components/contact-filters";
import { ContactList } from "@/features/contacts/components/contact-list";
import { findPurposes } from "@/features/purposes/services/find-purposes";
import { findContactBadges } from "@/features/contacts/services/find-contact-badges";
import { readListFilters, toListInput } from "@/features/contacts/list-params";
import { tagOptions, tagsOfContacts } from "@/features/tags";
import { BulkBar, BulkSelection, SelectAllCheckbox } from "@/features/tags/client";

export async function generateMetadata() {
  return { title: (await getTranslations("contacts"))("title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission("contacts:read");
  const t = await getTranslations("contacts");
  const sp = await searchParams;
  const filters = readListFilters({ get: (name) => one(sp[name]) ?? null });
  // Bad parameters (edited URLs) fall back to no filter rather than an error page.
  const parsed = ZFindContactsInput.safeParse({
    ...toListInput(filters),
    after: one(sp.after),
    before: one(sp.before),
  });
  const db = await getDb();
  const [page, purposes, company, tags] = await Promise.all([
    findContacts(db, parsed.success ? parsed.data : {}),
    findPurposes(db),
    filters.company && parsed.success
      ? db.company.findUnique({ where: { id: filters.company }, select: { name: true } })
      : null,
    tagOptions(db),
  ]);
  const ids = page.rows.map((r) => r.id);
  const [badges, tagsByContact] = await Promise.all([findContactBadges(db, ids), tagsOfContacts(db, ids)]);
  const canTag = can(user.role, "contacts:tag");
  const base = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const href = (extra: Record<string, string>) => `/contacts?${new URLSearchParams({ ...base, ...extra })}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {can(user.role, "contacts:write") && (
              <>
                <Link href="/opt-in" className={buttonClass("primary")}>
                  {t("logOptIn")}
                </Link>
                <Link href="/contacts/new" className={buttonClass("secondary")}>
                  {t("newContact")}
                </Link>
              </>
            )}
            {canTag && (
              <Link href="/contacts/tags" className={buttonClass("secondary")}>
                {t("manageTags")}
              </Link>
            )}
            {can(user.role, "contacts:export") && parsed.success && (
              // A plain link: the browser downloads the streamed file, and the filters travel in its URL.
              <a
                href={`/contacts/export?${new URLSearchParams(filters)}`}
                className={buttonClass("secondary")}
                download
              >
                {t("export")}
              </a>
            )}
          </>
        }
      />
      <Card>
        <ContactFilters filters={filters} purposes={purposes} companyName={company?.name ?? null} tags={tags} />
        <BulkSelection ids={canTag ? ids : []}>
          {canTag && ids.length > 0 && (
            <div className="mt-4">
              <SelectAllCheckbox />
            </div>
          )}
          <div className="mt-4">
            <ContactList
              rows={page.rows}
              badges={badges}
              tags={tagsByContact}
              selectable={canTag}
              purposes={purposes}
              companyLink={(id) => `/contacts?${new URLSearchParams({ company: id })}`}
            />
          </div>
          {canTag && <BulkBar tags={tags} canCall={can(user.role, "calls:use")} />}
        </BulkSelection>
        <nav aria-label={t("pagination")} className="mt-4 flex justify-between gap-2">
          {page.prevCursor ? (
            <Link className={buttonClass("secondary")} href={href({ before: page.prevCursor })} rel="prev">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link className={buttonClass("secondary")} href={href({ after: page.nextCursor })} rel="next">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </Card>
    </>
  );
}
