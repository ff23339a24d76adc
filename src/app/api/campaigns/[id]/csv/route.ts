import { z } from "zod";
import { getDb } from "@/server/db";
import { getAuditContext } from "@/server/auth/current-user";
import { withPermission } from "@/server/http/with-permission";
import { AppError } from "@/server/errors";
import { exportCampaignCsv } from "@/features/campaigns/services/export-campaign-csv";

/** A campaign and its recipients' decisions as CSV (personal data: permission-checked and audited). */
export const GET = withPermission<{ id: string }>("campaigns:read", async (_req, { params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("NOT_FOUND", "This campaign does not exist.");
  const file = await exportCampaignCsv(await getDb(), await getAuditContext(), params.id);
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
