import { z } from "zod";
import { getDb } from "@/server/db";
import { getAuditContext } from "@/server/auth/current-user";
import { withPermission } from "@/server/http/with-permission";
import { AppError } from "@/server/errors";
import { exportMailingCsv } from "@/features/mailings/services/export-mailing-csv";

/** Download of a postal mailing's print file (personal data: permission-checked and audited). */
export const GET = withPermission<{ id: string }>("mailings:export", async (_req, { params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("NOT_FOUND", "This mailing does not exist.");
  const file = await exportMailingCsv(await getDb(), await getAuditContext(), params.id);
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      // How many addresses were taken out because the decision changed since the mailing was made
      // (the mailing page lists them as blocked, with the rule).
      "Grondslag-Dropped-Out": String(file.droppedOut.length),
    },
  });
});
