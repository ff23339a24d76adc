import { apiRoute } from "@/server/http/api/api-route";
import { refusedRowsCsv } from "@/features/imports/services/refused-rows-csv";
import { importErrorsOp } from "@/features/imports/api/operations";

export const GET = apiRoute(importErrorsOp, async ({ ctx, params }) => {
  const csv = await refusedRowsCsv(ctx.db, params.id);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="import-${params.id}-errors.csv"`,
    },
  });
});
