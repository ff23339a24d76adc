import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { logger } from "@/server/logger";
import { changePreference } from "@/features/preferences/services/change-preference";

type Ctx = { params: Promise<{ token: string }> };

/** A change on the preference page: a plain HTML form POST, so it works without JavaScript. */
export async function POST(req: Request, { params }: Ctx) {
  const { token } = await params;
  const page = `/p/${encodeURIComponent(token)}`;
  let result = "failed";
  try {
    const data = await req.formData();
    // The fields of the one change the form posts (kind plus purpose, scope or months); the service
    // validates them with its schema.
    const change = Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === "string"));
    const outcome = await changePreference(await getDb(), token, change as never, {
      ip: clientIp(req.headers),
      userAgent: req.headers.get("user-agent")?.slice(0, 1000) || "unknown",
      requestId: req.headers.get("x-request-id") ?? newRequestId(),
    });
    if (outcome.ok) result = "saved";
  } catch (error) {
    logger.error("preference change failed", { error });
  }
  return new Response(null, {
    status: 303,
    headers: { Location: `${page}?result=${result}`, "Cache-Control": "no-store" },
  });
}
