import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { logger } from "@/server/logger";
import { BODY_LIMITS, readBodyText } from "@/server/http/read-body";
import { tokenSigner } from "@/server/tokens/token-signer";
import { verifyUnsubscribeToken } from "@/server/tokens/unsubscribe-token";
import { unsubscribeByToken } from "@/features/outreach/services/unsubscribe";

type Ctx = { params: Promise<{ token: string }> };

/**
 * RFC 8058 §3.1: the POST body carries List-Unsubscribe=One-Click (urlencoded or multipart). Read
 * only after the token was verified, and only up to a small limit.
 */
async function isOneClick(req: Request): Promise<boolean> {
  try {
    const body = await readBodyText(req, BODY_LIMITS.public);
    const type = req.headers.get("content-type") ?? "";
    if (type.startsWith("multipart/form-data"))
      return (
        (await new Response(body, { headers: { "Content-Type": type } }).formData()).get("List-Unsubscribe") ===
        "One-Click"
      );
    return new URLSearchParams(body).get("List-Unsubscribe") === "One-Click";
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
  // The token first: an anonymous caller without a valid link never gets the body read at all.
  const verified = verifyUnsubscribeToken(tokenSigner(), token);
  if (!verified.ok)
    return text(
      "This unsubscribe link is not valid or has expired. / Deze afmeldlink is ongeldig of verlopen.",
      verified.reason === "expired" ? 410 : 400,
    );
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
