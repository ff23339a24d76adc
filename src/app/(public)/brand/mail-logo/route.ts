import { getDb } from "@/server/db";

/**
 * The organisation's logo, as campaign mails show it. Public because mail clients fetch it without
 * signing in; the URL is the same for every recipient (no per-person part), so it tells nobody who
 * opened which mail.
 */
export async function GET() {
  const db = await getDb();
  const s = await db.organisationSettings.findUnique({
    where: { id: 1 },
    select: { mailLogo: true, mailLogoType: true },
  });
  if (!s?.mailLogo || !s.mailLogoType) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(s.mailLogo), {
    headers: {
      "Content-Type": s.mailLogoType,
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
