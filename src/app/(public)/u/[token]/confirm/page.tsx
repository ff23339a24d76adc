import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { readUnsubscribeLink } from "@/features/outreach/services/unsubscribe";
import { UnsubscribePanel } from "@/features/outreach/components/unsubscribe-panel";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signPreferenceToken } from "@/server/tokens/preference-token";

export async function generateMetadata() {
  return { title: (await getTranslations("public"))("unsubscribe.title"), robots: { index: false } };
}

export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const [link, locale, settings] = await Promise.all([
    readUnsubscribeLink(db, token),
    getLocale(),
    db.organisationSettings.findUnique({ where: { id: 1 }, select: { organisationName: true, controllerEmail: true } }),
  ]);
  const organisation = { name: settings?.organisationName || null, email: settings?.controllerEmail || null };
  if (!link.ok)
    return <UnsubscribePanel token={token} state={{ valid: false, reason: link.reason }} organisation={organisation} />;
  const purposeName = link.purpose ? (locale === "en" ? link.purpose.nameEn : link.purpose.nameNl) : link.claims.p;
  return (
    <UnsubscribePanel
      token={token}
      state={{ valid: true, purposeName, unsubscribed: link.unsubscribed, objected: link.objected }}
      organisation={organisation}
      preferencesPath={`/p/${signPreferenceToken(tokenSigner(), link.claims.c)}`}
    />
  );
}
