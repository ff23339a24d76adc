import { withPermission } from "@/server/http/with-permission";
import { getDb } from "@/server/db";
import { getAuditContext } from "@/server/auth/current-user";
import { createImport } from "@/features/imports/services/create-import";
import { importScopeFor } from "@/features/imports/scope-for";

/** The upload of the import screen: the file is the body, streamed into the batch (never whole). */
export const POST = withPermission("imports:vcard", async (req, { user }) => {
  const url = new URL(req.url);
  const body = req.body;
  const batch = await createImport(await getDb(), await getAuditContext(), {
    fileName: url.searchParams.get("fileName") ?? "",
    sourceType: url.searchParams.get("sourceType") ?? "",
    sourceDetail: url.searchParams.get("sourceDetail"),
    body: (async function* () {
      if (!body) return;
      const reader = body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
    })(),
    scope: importScopeFor(user),
  });
  return Response.json({ id: batch.id });
});
