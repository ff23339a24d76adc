import { getDb } from "@/server/db";
import { logger } from "@/server/logger";
import { tokenSigner } from "@/server/tokens/token-signer";
import { recordOpen } from "@/features/campaigns/services/record-open";

type Ctx = { params: Promise<{ token: string }> };

/** A transparent 1x1 GIF: the same bytes for every request. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * The open pixel of campaign mail (public: mail clients fetch it without signing in). The signed
 * token is checked first; whatever it holds, the answer is the same image, so a fetch never tells
 * whether a token, a recipient or a consent exists. Not cached, so a proxy never answers for us.
 */
export async function GET(_req: Request, { params }: Ctx) {
  const { token } = await params;
  try {
    await recordOpen(await getDb(), tokenSigner(), token);
  } catch (error) {
    logger.warn("open pixel not recorded", { error: error instanceof Error ? error.message : String(error) });
  }
  return new Response(new Uint8Array(PIXEL), {
    headers: {
      "Content-Type": "image/gif",
      "Content-Length": String(PIXEL.length),
      "Cache-Control": "no-store, max-age=0",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
