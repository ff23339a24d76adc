import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { readPreferences } from "@/features/preferences/services/read-preferences";
import { PreferencePage } from "@/features/preferences/components/preference-page";
import { LinkRequestForm } from "@/features/preferences/components/link-request-form";
import { PublicMessage } from "@/features/signups/components/public-message";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ result?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("preferences"))("title"), robots: { index: false } };
}

/** The preference centre behind the signed link in every commercial mail and the unsubscribe page. */
export default async function PreferencesPage({ params, searchParams }: Props) {
  const [{ token }, { result }] = await Promise.all([params, searchParams]);
  const view = await readPreferences(await getDb(), token);
  if (!view.ok) {
    const t = await getTranslations("preferences");
    return (
      <div className="space-y-5">
        <PublicMessage title={t("invalidTitle")}>
          <p>{view.reason === "expired" ? t("expired") : t("invalid")}</p>
        </PublicMessage>
        <LinkRequestForm sent={false} />
      </div>
    );
  }
  return (
    <PreferencePage
      token={token}
      purposes={view.purposes}
      objections={view.objections}
      emailPause={view.emailPause}
      openTracking={view.openTracking}
      result={result}
    />
  );
}
