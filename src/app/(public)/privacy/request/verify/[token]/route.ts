import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { logger } from "@/server/logger";
import { confirmRequestByLink } from "@/features/requests/services/confirm-request-link";

type Ctx = { params: Promise<{ token: string }> };

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/** Opening the link: the page with the one button. A GET never confirms (mail scanners follow links). */
export async function GET(req: Request, { params }: Ctx) {
  const { token } = await params;
  return seeOther(`/privacy/request/verify/${encodeURIComponent(token)}/review${langOf(req, "?")}`);
}

/** The mail's language travels in the link (?lang=en), so every page after it speaks it too. */
function langOf(req: Request, prefix: "?" | "&"): string {
  const lang = new URL(req.url).searchParams.get("lang");
  return lang === "en" || lang === "nl" ? `${prefix}lang=${lang}` : "";
}

/** The page's plain HTML button POSTs here: records that the requester controls the address. */
export async function POST(req: Request, { params }: Ctx) {
  const { token } = await params;
  const review = `/privacy/request/verify/${encodeURIComponent(token)}/review`;
  const lang = langOf(req, "&");
  try {
    const outcome = await confirmRequestByLink(await getDb(), token, {
      ip: clientIp(req.headers),
      requestId: req.headers.get("x-request-id") ?? newRequestId(),
    });
    return seeOther(outcome.ok ? `${review}?result=confirmed${lang}` : `${review}${langOf(req, "?")}`);
  } catch (error) {
    logger.error("privacy request confirmation failed", { error });
    return seeOther(`${review}?result=failed${lang}`);
  }
}
