import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";

/** "Send me a link": a plain HTML form (no JavaScript needed). The answer never says whether the address is known. */
export async function LinkRequestForm({ sent }: { sent: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("preferences"), getLocale()]);
  return (
    <section aria-labelledby="link-title" className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="link-title" className="text-lg font-semibold">
        {t("requestTitle")}
      </h2>
      {sent && <Alert tone="green">{t("sent")}</Alert>}
      <p className="text-sm text-slate-700">{t("requestIntro")}</p>
      <form method="post" action="/p/send" className="space-y-3">
        <input type="hidden" name="language" value={locale} />
        <label htmlFor="prefs-email" className="block text-sm font-medium text-slate-800">
          {t("email")}
        </label>
        <input
          id="prefs-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
        />
        <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("send")}
        </button>
      </form>
    </section>
  );
}
