import { z } from "zod";
import { getDb } from "@/server/db";
import { getAuditContext } from "@/server/auth/current-user";
import { withPermission } from "@/server/http/with-permission";
import { AppError } from "@/server/errors";
import { ZLetterLanguage } from "@/features/requests/schemas";
import { getAccessReport } from "@/features/requests/services/get-access-report";
import { renderPdf } from "@/server/documents/render-pdf";

/** GET /requests/<id>/report/pdf?lang=nl|en — the access report (AVG art. 15) as a PDF; audited. */
export const GET = withPermission<{ id: string }>("requests:manage", async (req, { params }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw new AppError("NOT_FOUND", "This request does not exist.");
  const language = ZLetterLanguage.parse(new URL(req.url).searchParams.get("lang") ?? "nl");
  const model = await getAccessReport(await getDb(), await getAuditContext(), {
    requestId: id.data,
    language,
    form: "pdf",
  });
  const pdf = await renderPdf(model);
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="access-report-${id.data}-${language}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
});
