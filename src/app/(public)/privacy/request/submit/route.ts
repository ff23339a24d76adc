import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { isAppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { clearFlashCookie, flashCookie } from "@/server/http/form-flash";
import { tokenSigner } from "@/server/tokens/token-signer";
import { verifyRequestRenderToken } from "@/server/tokens/request-token";
import { submitPublicRequest } from "@/features/requests/services/submit-public-request";
import { REQUEST_FLASH, requestFlashValues } from "@/features/requests/public-request-flash";
import { MIN_FILL_MS } from "@/features/signups/signup-limits";

// Relative Locations (RFC 9110 §10.2.2): the person stays on the host they used.
const seeOther = (location: string, cookie?: string | null) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store", ...(cookie ? { "Set-Cookie": cookie } : {}) },
  });

/**
 * The public request form's plain HTML POST (no JavaScript needed). A bot (the honeypot filled in,
 * no valid render stamp, or faster than a person can type) gets the ordinary answer and nothing is
 * stored or mailed. A refused submission goes back to the form with what was typed (a short-lived
 * cookie on this path) and the reason; a received one gets the same answer for every address.
 */
export async function POST(req: Request) {
  const base = "/privacy/request";
  let data: FormData;
  try {
    data = await req.formData();
  } catch {
    return seeOther(`${base}?error=invalid`);
  }
  const language = data.get("language") === "en" ? "en" : "nl";
  const sent = `${base}?lang=${language}&sent=1`;
  const stamp = verifyRequestRenderToken(tokenSigner(), data.get("t"));
  const tooFast = stamp.ok && Date.now() - stamp.token.iat * 1000 < MIN_FILL_MS;
  if (String(data.get("website") ?? "") !== "" || !stamp.ok || tooFast) {
    logger.info("privacy request dropped by the bot checks");
    return seeOther(sent);
  }
  const text = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v : "";
  };
  const ip = clientIp(req.headers);
  try {
    await submitPublicRequest(
      await getDb(),
      {
        actor: { type: "data_subject" },
        request: { requestId: req.headers.get("x-request-id") ?? newRequestId(), ip },
      },
      {
        type: text("type") as never,
        name: text("name"),
        email: text("email"),
        details: text("details"),
        language,
        ip,
        userAgent: req.headers.get("user-agent")?.slice(0, 1000) || "unknown",
      },
    );
  } catch (error) {
    const back = (reason: string) =>
      seeOther(
        `${base}?lang=${language}&error=${reason}`,
        flashCookie(REQUEST_FLASH.name, requestFlashValues(data, error), REQUEST_FLASH.path),
      );
    if (isAppError(error) && error.code === "INVALID_INPUT") return back("invalid");
    if (isAppError(error) && error.code === "RATE_LIMITED") return back("rate");
    logger.error("public privacy request failed", { error });
    return back("failed");
  }
  return seeOther(sent, clearFlashCookie(REQUEST_FLASH.name, REQUEST_FLASH.path));
}
