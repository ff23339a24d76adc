import { apiRoute } from "@/server/http/api/api-route";
import { buildPortabilityExport } from "@/features/requests/services/build-portability-export";
import { portabilityCsv } from "@/features/requests/exports/portability-csv";
import { exportRequestOp } from "@/features/requests/api/operations";

/** The same export as the privacy officer downloads in the app; the service checks verification and audits it. */
export const GET = apiRoute(exportRequestOp, async ({ ctx, params, query }) => {
  const doc = await buildPortabilityExport(ctx.db, ctx.audit, {
    requestId: params.id,
    format: query.format,
    language: "en",
  });
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="portability-${params.id}.${query.format}"`,
  };
  if (query.format === "csv")
    return new Response(portabilityCsv(doc.subjects), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  return new Response(JSON.stringify(doc), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
});
