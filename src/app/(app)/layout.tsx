import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getDb } from "@/server/db";
import { getCurrentUser } from "@/server/auth/current-user";
import { isSetupComplete } from "@/features/users/services/create-first-admin";
import { AppShell } from "@/components/shell/app-shell";
import { can } from "@/domain/access/permissions";
import { OfflineWorker } from "@/features/opt-in/client";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect((await isSetupComplete(await getDb())) ? "/sign-in" : "/setup");
  // Signed-in pages get every message: their client components span every feature.
  return (
    <NextIntlClientProvider>
      <AppShell user={user}>
        {/* The offline opt-in screen, for the roles that log opt-ins only (docs/offline-opt-in.md). */}
        <OfflineWorker enabled={can(user.role, "consents:record")} />
        {children}
      </AppShell>
    </NextIntlClientProvider>
  );
}
