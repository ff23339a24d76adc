import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { isAppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { tokenSigner } from "@/server/tokens/token-signer";
import { verifySignupRenderToken } from "@/server/tokens/signup-token";
import { submitSignup } from "@/features/signups/services/submit-signup";
import { MIN_FILL_MS } from "@/features/signups/signup-limits";
import { clearFlashCookie, flashCookie } from "@/server/http/form-flash";
import { SIGNUP_FLASH, signupFlashPath, signupFlashValues } from "@/features/signups/signup-flash";

type Ctx = { params: Promise<{ slug: string }> };

// Relative Locations (RFC 9110 §10.2.2): the person stays on the host they used.
const seeOther = (location: string, cookie?: string | null) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store", ...(cookie ? { "Set-Cookie": cookie } : {}) },
  });

/**
 * The hosted form's plain HTML POST (no JavaScript needed). A bot (the honeypot filled in, no valid
 * render stamp for this form, or faster than a person can type) is shown the same thank-you page and
 * nothing is stored or mailed, so it learns nothing to adapt to. A refused submission goes back to
 * the form with the reason and with what the person typed and ticked (a short-lived cookie on the
 * form's own path), so they do not start over.
 */
export async function POST(req: Request, { params }: Ctx) {
  const { slug } = await params;
  const base = `/f/${encodeURIComponent(slug)}`;
  let data: FormData;
  try {
    data = await req.formData();
  } catch {
    return seeOther(`${base}?error=invalid`);
  }
  const language = data.get("language") === "en" ? "en" : "nl";
  const thanks = `${base}/thanks?lang=${language}`;
  const db = await getDb();
  const form = await db.signupForm.findUnique({ where: { slug }, select: { id: true, active: true } });
  if (!form?.active) return seeOther(base);
  const stamp = verifySignupRenderToken(tokenSigner(), data.get("t"));
  const tooFast = stamp.ok && Date.now() - stamp.token.iat * 1000 < MIN_FILL_MS;
  if (String(data.get("website") ?? "") !== "" || !stamp.ok || stamp.token.claims.f !== form.id || tooFast) {
    logger.info("sign-up dropped by the bot checks", { formId: form.id });
    return seeOther(thanks);
  }
  const text = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" && v.trim() !== "" ? v : null;
  };
  const noticeVersions: Record<string, number> = {};
  for (const [k, v] of data.entries())
    if (k.startsWith("nv.") && typeof v === "string") noticeVersions[k.slice(3)] = Number(v);
  const ip = clientIp(req.headers);
  try {
    await submitSignup(
      db,
      {
        actor: { type: "data_subject" },
        request: { requestId: req.headers.get("x-request-id") ?? newRequestId(), ip },
      },
      {
        email: text("email") ?? "",
        firstName: text("firstName"),
        lastName: text("lastName"),
        company: text("company"),
        jobTitle: text("jobTitle"),
        phone: text("phone"),
        // A page rendered before calls had a box per purpose sends the single box once more.
        calls: data.get("calls") === "yes",
        purposes: data.getAll("purpose").filter((p): p is string => typeof p === "string"),
        callPurposes: data.getAll("call").filter((p): p is string => typeof p === "string"),
        language,
        ip,
        userAgent: req.headers.get("user-agent")?.slice(0, 1000) || "unknown",
        formId: form.id,
        noticeVersions,
      },
      { via: "hosted" },
    );
  } catch (error) {
    const back = (reason: string) =>
      seeOther(
        `${base}?lang=${language}&error=${reason}`,
        flashCookie(SIGNUP_FLASH, signupFlashValues(data, error), signupFlashPath(slug)),
      );
    if (isAppError(error) && error.code === "INVALID_INPUT") return back("invalid");
    if (isAppError(error) && error.code === "RATE_LIMITED") return back("rate");
    logger.error("hosted sign-up failed", { error, formId: form.id });
    return back("failed");
  }
  return seeOther(thanks, clearFlashCookie(SIGNUP_FLASH, signupFlashPath(slug)));
}
