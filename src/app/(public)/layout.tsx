import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { pickMessages, PUBLIC_CLIENT_NAMESPACES } from "@/i18n/client-messages";
import { LanguageSwitch } from "@/components/shell/language-switch";

/** Pages for people who are not signed in (contacts using a link from a mail): plain, no app shell. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [t, tr, messages] = await Promise.all([
    getTranslations("common"),
    getTranslations("requests.public"),
    getMessages(),
  ]);
  return (
    <NextIntlClientProvider messages={pickMessages(messages, PUBLIC_CLIENT_NAMESPACES)}>
      <div className="flex min-h-screen flex-col items-center px-4 py-10">
        <header className="mb-8 flex w-full max-w-lg items-center justify-between">
          <span className="text-lg font-semibold text-brand-700">{t("appName")}</span>
          <LanguageSwitch />
        </header>
        <main id="main" className="w-full max-w-lg">
          {children}
        </main>
        {/* Every public page leads to the rights page: access, erasure and the rest, without signing in. */}
        <footer className="mt-10 w-full max-w-lg border-t border-slate-200 pt-4 text-sm">
          <a href="/privacy/request" className="text-brand-700 underline">
            {tr("footerLink")}
          </a>
        </footer>
      </div>
    </NextIntlClientProvider>
  );
}
