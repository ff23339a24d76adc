import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SOURCE_TYPES } from "@/domain/vocabulary";
import { buttonClass } from "@/components/ui/button";
import { CONTACT_FLAGS, CONTACT_SORTS, PURPOSE_STATUSES } from "../schemas";
import type { ListFilters } from "../list-params";

type Filters = ListFilters;

/**
 * A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared,
 * works without JavaScript, and the back button does what people expect.
 */
export async function ContactFilters({
  filters,
  purposes,
  companyName,
  tags = [],
}: {
  filters: Filters;
  purposes: { id: string; nameNl: string; nameEn: string }[];
  companyName: string | null;
  tags?: { id: string; name: string }[];
}) {
  const t = await getTranslations("contacts");
  const locale = await getLocale();
  const control = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";
  return (
    <form method="get" action="/contacts" role="search" aria-label={t("searchLabel")} className="space-y-3">
      <div className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder={t("searchPlaceholder")}
          className={control}
        />
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </div>
      <details
        className="rounded-md border border-slate-200 p-3"
        open={Boolean(
          filters.source ||
          filters.purpose ||
          filters.company ||
          filters.awaiting ||
          filters.flag ||
          filters.tag ||
          (filters.sort && filters.sort !== "name_asc"),
        )}
      >
        <summary className="cursor-pointer text-sm font-medium">{t("filtersAndSort")}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("source")}</span>
            <select name="source" defaultValue={filters.source ?? ""} className={control}>
              <option value="">{t("all")}</option>
              {SOURCE_TYPES.map((s) => (
                <option key={s} value={s}>
                  {t(`sourceTypes.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("purpose")}</span>
            <select name="purpose" defaultValue={filters.purpose ?? ""} className={control}>
              <option value="">{t("all")}</option>
              {purposes.map((p) => (
                <option key={p.id} value={p.id}>
                  {locale === "nl" ? p.nameNl : p.nameEn}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("purposeStatus")}</span>
            <select name="status" defaultValue={filters.status ?? ""} className={control}>
              <option value="">{t("all")}</option>
              {PURPOSE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`purposeStatuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("flag")}</span>
            <select name="flag" defaultValue={filters.flag ?? ""} className={control}>
              <option value="">{t("all")}</option>
              {CONTACT_FLAGS.map((f) => (
                <option key={f} value={f}>
                  {t(`flags.${f}`)}
                </option>
              ))}
            </select>
          </label>
          {tags.length > 0 && (
            <label className="text-sm">
              <span className="mb-1 block font-medium">{t("tag")}</span>
              <select name="tag" defaultValue={filters.tag ?? ""} className={control}>
                <option value="">{t("all")}</option>
                {tags.map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {tag.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex items-center gap-2 self-end text-sm">
            <input
              type="checkbox"
              name="awaiting"
              value="1"
              defaultChecked={filters.awaiting === "1"}
              className="size-5"
            />
            {t("awaitingConfirmation")}
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("sort")}</span>
            <select name="sort" defaultValue={filters.sort ?? "name_asc"} className={control}>
              {CONTACT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {filters.company && (
          <p className="mt-3 text-sm">
            <input type="hidden" name="company" value={filters.company} />
            {t("companyFilter", { name: companyName ?? "?" })}{" "}
            <Link
              className="text-brand-700 underline"
              href={`/contacts?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}) })}`}
            >
              {t("clearCompany")}
            </Link>
          </p>
        )}
      </details>
    </form>
  );
}
