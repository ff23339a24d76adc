import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { logger } from "@/server/logger";
import { unsubscribeByToken } from "@/features/outreach/services/unsubscribe";

type Ctx = { params: Promise<{ token: string }> };

/** RFC 8058 §3.1: the POST body carries List-Unsubscribe=One-Click (urlencoded or multipart). */
async function isOneClick(req: Request): Promise<boolean> {
  try {
    return (await req.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * One-click unsubscribe, no login, no confirmation step (RFC 8058): the mail client POSTs here
 * and the consent for the mailing's purpose is withdrawn at once (AVG art. 7 lid 3).
 */
export async function POST(req: Request, { params }: Ctx) {
  const { token } = await params;
  if (!(await isOneClick(req))) return text("Expected List-Unsubscribe=One-Click.", 400);
  try {
    const result = await unsubscribeByToken(await getDb(), token, {
      requestId: req.headers.get("x-request-id") ?? newRequestId(),
      ip: clientIp(req.headers),
    });
    if (!result.ok)
      return text(
        "This unsubscribe link is not valid or has expired. / Deze afmeldlink is ongeldig of verlopen.",
        result.reason === "expired" ? 410 : 400,
      );
    return text("Unsubscribed. / U bent afgemeld.", 200);
  } catch (error) {
    logger.error("one-click unsubscribe failed", { error });
    return text("Something went wrong; please try again. / Er ging iets mis; probeer het opnieuw.", 500);
  }
}

/** Opening the link in a browser (the footer link, or a client without one-click): the page that
 *  asks for confirmation. A GET never changes anything: link scanners follow links too. */
export async function GET(_req: Request, { params }: Ctx) {
  const { token } = await params;
  // A relative Location (RFC 9110 §10.2.2): stays on the host the person used, whatever the proxy
  // in front of us reports as the request URL.
  return new Response(null, {
    status: 303,
    headers: { Location: `/u/${encodeURIComponent(token)}/confirm`, "Cache-Control": "no-store" },
  });
}
