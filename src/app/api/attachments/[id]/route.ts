import { getDb } from "@/server/db";
import { withPermission } from "@/server/http/with-permission";
import { getAuditContext } from "@/server/auth/current-user";
import { getConsentAttachment } from "@/features/consents/services/get-attachment";

/**
 * A consent attachment (card or form scan) for signed-in staff who may see contacts. The stored
 * type was sniffed from the bytes on upload; nosniff and a sandboxing CSP keep a browser from
 * treating the file as anything else, and each view is written to the audit trail.
 */
export const GET = withPermission<{ id: string }>("contacts:read", async (req, { params }) => {
  if (!/^[0-9a-f-]{36}$/i.test(params.id)) return new Response("Not found", { status: 404 });
  const attachment = await getConsentAttachment(await getDb(), await getAuditContext(), params.id);
  if (!attachment) return new Response("Not found", { status: 404 });
  const download = new URL(req.url).searchParams.has("download");
  return new Response(Buffer.from(attachment.data), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(attachment.size),
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${attachment.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      ETag: `"${attachment.sha256}"`,
    },
  });
});
