import { z } from "zod";
import { getDb } from "@/server/db";
import { getAuditContext } from "@/server/auth/current-user";
import { withPermission } from "@/server/http/with-permission";
import { AppError } from "@/server/errors";
import { ZExportFormat, ZLetterLanguage } from "@/features/requests/schemas";
import { buildPortabilityExport } from "@/features/requests/services/build-portability-export";
import { portabilityCsv } from "@/features/requests/exports/portability-csv";

/**
 * GET /requests/<id>/export?format=json|csv — the portability export (AVG art. 20) as a download.
 * Privacy officer and admin only; the service refuses an unverified request and audits the export.
 */
export const GET = withPermission<{ id: string }>("requests:manage", async (req, { params }) => {
  const url = new URL(req.url);
  const id = z.uuid().safeParse(params.id);
  const format = ZExportFormat.safeParse(url.searchParams.get("format") ?? "json");
  if (!id.success) throw new AppError("NOT_FOUND", "This request does not exist.");
  if (!format.success) throw new AppError("INVALID_INPUT", "format must be json or csv.");
  const language = ZLetterLanguage.parse(url.searchParams.get("lang") ?? "nl");
  const doc = await buildPortabilityExport(await getDb(), await getAuditContext(), {
    requestId: id.data,
    format: format.data,
    language,
  });
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="portability-${id.data}.${format.data}"`,
  };
  if (format.data === "csv") {
    return new Response(portabilityCsv(doc.subjects), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  return new Response(JSON.stringify(doc, null, 2), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
});
