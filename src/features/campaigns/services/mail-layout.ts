import "server-only";
import type { Db } from "@/server/db";
import { env } from "@/server/env";
import type { MailLayout } from "../design/layout";

/** The organisation's layout for designed mail, as set in the settings. */
export async function loadMailLayout(
  db: Pick<Db, "organisationSettings">,
): Promise<MailLayout & { ratePerMinute: number; returnPath: string | null }> {
  const s = await db.organisationSettings.findUnique({
    where: { id: 1 },
    select: {
      organisationName: true,
      controllerAddress: true,
      mailAccentColor: true,
      campaignRatePerMinute: true,
      returnPathAddress: true,
      mailLogoType: true,
      updatedAt: true,
    },
  });
  // The logo is served by this product (never a third party's server), and the version in the URL
  // makes a new logo show at once without any per-recipient part that could track who opened it.
  const logoUrl = s?.mailLogoType
    ? `${env.APP_URL.replace(/\/$/, "")}/brand/mail-logo?v=${s.updatedAt.getTime()}`
    : null;
  return {
    organisationName: s?.organisationName ?? "",
    postalAddress: s?.controllerAddress ?? "",
    accentColor: s?.mailAccentColor ?? "#1d4ed8",
    logoUrl,
    ratePerMinute: s?.campaignRatePerMinute ?? 600,
    returnPath: s?.returnPathAddress || null,
  };
}
