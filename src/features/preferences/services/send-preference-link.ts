import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import type { Db } from "@/server/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { hitRateLimits } from "@/server/http/api/rate-limit";
import { defaultMailTransport, sendRequestedMail, type MailTransport } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { preferenceUrl, signPreferenceToken } from "@/server/tokens/preference-token";
import { normaliseEmail } from "@/domain/contact-points";
import { loadMessages } from "@/i18n/load-messages";
import { TIME_ZONE } from "@/i18n/config";
import { parseInput } from "@/server/validation/parse-input";
import { ZSendPreferenceLink, type TSendPreferenceLink } from "../schemas";

/** Per address a few links a day; per IP enough for an office, not for trying a list of addresses. */
export const LINK_LIMITS = {
  perAddress: { limit: 3, windowMs: 24 * 60 * 60 * 1000 },
  perIp: { limit: 10, windowMs: 60 * 60 * 1000 },
};

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

/**
 * "Send me a link": a person without one of our mails at hand asks for their preference page.
 * The answer is the same whether or not the address is known (no disclosure of who is on file);
 * only a known address gets a mail, one per contact holding it. Over a limit, nothing is sent and
 * the answer is still the same: a limit must not reveal anything either.
 */
export async function sendPreferenceLink(
  db: Db,
  raw: TSendPreferenceLink,
  opts: { transport?: MailTransport; now?: Date } = {},
): Promise<{ accepted: true; mailed: number }> {
  const input = parseInput(ZSendPreferenceLink, raw);
  const now = opts.now ?? new Date();
  const normalised = normaliseEmail(input.email);
  if (!normalised) return { accepted: true, mailed: 0 };
  const hits = await hitRateLimits(
    db,
    [
      { key: `prefs-link:addr:${sha(normalised)}`, ...LINK_LIMITS.perAddress },
      { key: `prefs-link:ip:${sha(input.ip)}`, ...LINK_LIMITS.perIp },
    ],
    now,
  );
  if (hits.some((h) => !h.ok)) return { accepted: true, mailed: 0 };
  const points = await db.emailAddress.findMany({
    where: { normalised },
    select: { contactId: true, address: true },
    distinct: ["contactId"],
    take: 5,
  });
  const t = createTranslator({
    locale: input.language,
    messages: loadMessages(input.language) as Record<string, never>,
    namespace: "preferences.mail" as never,
    timeZone: TIME_ZONE,
  }) as unknown as (key: string, values?: Record<string, string>) => string;
  let mailed = 0;
  for (const p of points) {
    const url = preferenceUrl(env.APP_URL, signPreferenceToken(tokenSigner(), p.contactId, now));
    try {
      await sendRequestedMail(db, opts.transport ?? defaultMailTransport(), {
        to: p.address,
        subject: t("subject"),
        text: t("body", { url }),
        kind: "preference_link",
      });
      mailed++;
    } catch (error) {
      logger.error("preference link mail failed", { error });
    }
  }
  return { accepted: true, mailed };
}
