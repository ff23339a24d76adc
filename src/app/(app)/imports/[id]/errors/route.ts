import { withPermission } from "@/server/http/with-permission";
import { getDb } from "@/server/db";
import { refusedRowsCsv } from "@/features/imports/services/refused-rows-csv";
import { importScopeFor } from "@/features/imports/scope-for";

/** Every refused, suppressed or warned row (line, column, reason) to fix the file and import it again. */
export const GET = withPermission<{ id: string }>("imports:vcard", async (_req, { user, params }) => {
  const csv = await refusedRowsCsv(await getDb(), params.id, importScopeFor(user));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="import-${params.id}-rows.csv"`,
    },
  });
});
