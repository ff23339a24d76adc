import { withPermission } from "@/server/http/with-permission";
import { getDb } from "@/server/db";
import { getOfflineKit } from "@/features/opt-in/services/get-offline-kit";
import { SERVER_TIME_HEADER } from "@/features/opt-in/offline/cache-names";

export const dynamic = "force-dynamic";

/** The opt-in screen's offline kit (see getOfflineKit), with the server's clock in a header. */
export const GET = withPermission("consents:record", async (_req, { user }) => {
  const kit = await getOfflineKit(await getDb(), user.id);
  return Response.json(kit, {
    headers: { "Cache-Control": "private, no-store", [SERVER_TIME_HEADER]: String(Date.now()) },
  });
});
