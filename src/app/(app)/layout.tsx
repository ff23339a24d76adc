import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getDb } from "@/server/db";
import { getCurrentUser } from "@/server/auth/current-user";
import { isSetupComplete } from "@/features/users/services/create-first-admin";
import { AppShell } from "@/components/shell/app-shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect((await isSetupComplete(await getDb())) ? "/sign-in" : "/setup");
  // Signed-in pages get every message: their client components span every feature.
  return (
    <NextIntlClientProvider>
      <AppShell user={user}>{children}</AppShell>
    </NextIntlClientProvider>
  );
}
