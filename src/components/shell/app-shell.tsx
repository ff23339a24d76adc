import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import type { CurrentUser } from "@/server/auth/current-user";
import { NAV_ITEMS } from "./nav-items";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "@/features/auth/components/sign-out-button";

export async function AppShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  const t = await getTranslations();
  const items = NAV_ITEMS.filter((i) => can(user.role, i.permission)).map((i) => ({
    href: i.href,
    label: t(`nav.${i.labelKey}`),
  }));
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-700">
            {t("common.appName")}
          </Link>
          <NavLinks items={items} menuLabel={t("common.menu")} />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="hidden text-slate-600 md:inline" data-testid="current-user">
              {t("common.signedInAs", { name: user.name })} · {t(`common.roles.${user.role}`)}
            </span>
            <LanguageSwitch />
            <SignOutButton label={t("common.signOut")} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
