import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";

/** Pages for people who are not signed in (contacts using a link from a mail): plain, no app shell. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-10">
      <header className="mb-8 flex w-full max-w-lg items-center justify-between">
        <span className="text-lg font-semibold text-brand-700">{t("appName")}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="w-full max-w-lg">
        {children}
      </main>
    </div>
  );
}
