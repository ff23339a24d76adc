import type { Db } from "@/server/db";

/** How long a security.txt stays valid: RFC 9116 section 2.5.5 advises less than a year. */
const VALID_DAYS = 180;

/**
 * /.well-known/security.txt (RFC 9116): where to report a vulnerability. The contact is the
 * organisation's own controller address from its settings; with none set there is no file (404)
 * rather than an address nobody reads.
 */
export async function buildSecurityTxt(db: Db, appUrl: string, now = new Date()): Promise<string | null> {
  const settings = await db.organisationSettings.findUnique({ where: { id: 1 }, select: { controllerEmail: true } });
  const contact = settings?.controllerEmail.trim();
  if (!contact) return null;
  const expires = new Date(now.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  expires.setUTCMilliseconds(0);
  return [
    `Contact: mailto:${contact}`,
    `Expires: ${expires.toISOString().replace(".000Z", "Z")}`,
    "Preferred-Languages: nl, en",
    `Canonical: ${new URL("/.well-known/security.txt", appUrl).href}`,
    "",
  ].join("\n");
}
