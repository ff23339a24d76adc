import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/server/auth/current-user";
import { buttonClass } from "@/components/ui/button";
import { firstTaskFor, navFor } from "./nav-items";
import { LanguageSwitch } from "./language-switch";
import { ShellFrame } from "./shell-frame";
import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { GlobalSearch } from "@/features/search/client";

export async function AppShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  const t = await getTranslations();
  const sections = navFor(user.role).map((s) => ({
    group: s.group,
    label: t(`nav.groups.${s.group}`),
    items: s.items.map((i) => ({ href: i.href, label: t(`nav.${i.labelKey}`) })),
  }));
  const task = firstTaskFor(user.role);
  const brand = (
    <Link href="/" className="text-lg font-semibold text-brand-700">
      {t("common.appName")}
    </Link>
  );
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-white focus:p-2">
        {t("common.skipToContent")}
      </a>
      <ShellFrame
        sections={sections}
        labels={{ menu: t("common.menu"), navigation: t("nav.navigation") }}
        brand={brand}
        tools={
          <>
            <GlobalSearch />
            {task && (
              <Link href={task.href} className={buttonClass("primary")} data-testid="first-task">
                {t(`nav.${task.labelKey}`)}
              </Link>
            )}
            <div className="ml-auto flex items-center gap-3 text-sm">
              <span className="hidden text-slate-600 md:inline" data-testid="current-user">
                {t("common.signedInAs", { name: user.name })} · {t(`common.roles.${user.role}`)}
              </span>
              <LanguageSwitch />
              {/* Asks first when opt-ins logged offline are still waiting on this phone. */}
              <SignOutButton label={t("common.signOut")} />
            </div>
          </>
        }
      >
        {children}
      </ShellFrame>
    </>
  );
}
