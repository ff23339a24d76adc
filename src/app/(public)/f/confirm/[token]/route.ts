import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { logger } from "@/server/logger";
import { confirmSignup } from "@/features/signups/services/confirm-signup";

type Ctx = { params: Promise<{ token: string }> };

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * Opening the confirmation link: the page with the one button. A GET never confirms, because mail
 * scanners and link previews follow links too. The Location is relative, so the person stays on
 * the host they used.
 */
export async function GET(_req: Request, { params }: Ctx) {
  const { token } = await params;
  return seeOther(`/f/confirm/${encodeURIComponent(token)}/review`);
}

/**
 * Confirms the sign-up: the page's plain HTML button POSTs here, and any client may do the same.
 * Records the confirmation's own IP and user agent (AVG art. 7 lid 1: demonstrable consent).
 */
export async function POST(req: Request, { params }: Ctx) {
  const { token } = await params;
  const review = `/f/confirm/${encodeURIComponent(token)}/review`;
  try {
    const outcome = await confirmSignup(await getDb(), token, {
      ip: clientIp(req.headers),
      userAgent: req.headers.get("user-agent")?.slice(0, 1000) || "unknown",
      requestId: req.headers.get("x-request-id") ?? newRequestId(),
    });
    if (outcome.ok) return seeOther(`${review}?result=confirmed`);
    return seeOther(review);
  } catch (error) {
    logger.error("sign-up confirmation failed", { error });
    return seeOther(`${review}?result=failed`);
  }
}
