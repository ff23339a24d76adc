import { getDb } from "@/server/db";
import { clientIp } from "@/server/auth/request-meta";
import { logger } from "@/server/logger";
import { sendPreferenceLink } from "@/features/preferences/services/send-preference-link";

/** The "send me a link" form's POST. Always the same answer: whether the address is known stays secret. */
export async function POST(req: Request) {
  try {
    const data = await req.formData();
    await sendPreferenceLink(await getDb(), {
      email: String(data.get("email") ?? ""),
      ip: clientIp(req.headers),
      language: data.get("language") === "en" ? "en" : "nl",
    });
  } catch (error) {
    logger.error("preference link request failed", { error });
  }
  return new Response(null, { status: 303, headers: { Location: "/p?sent=1", "Cache-Control": "no-store" } });
}
