import { getDb } from "@/server/db";
import { getAuditContext } from "@/server/auth/current-user";
import { withPermission } from "@/server/http/with-permission";
import { exportContactsCsv } from "@/features/contacts/services/export-contacts-csv";
import { readListFilters, toListInput } from "@/features/contacts/list-params";

/** The contacts list as CSV with the filters of the page it was asked from (audited, streamed). */
export const GET = withPermission("contacts:export", async (req) => {
  const filters = readListFilters(new URL(req.url).searchParams);
  const file = await exportContactsCsv(await getDb(), await getAuditContext(), toListInput(filters));
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
