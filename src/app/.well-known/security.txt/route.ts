import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { buildSecurityTxt } from "@/features/settings/services/security-txt";

export const dynamic = "force-dynamic";

export async function GET() {
  const text = await buildSecurityTxt(await getDb(), env.APP_URL);
  if (!text) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(text, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "max-age=3600" },
  });
}
