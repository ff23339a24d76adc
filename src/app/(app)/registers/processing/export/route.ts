import { createTranslator } from "next-intl";
import { getDb } from "@/server/db";
import { withPermission } from "@/server/http/with-permission";
import { AppError } from "@/server/errors";
import { loadMessages } from "@/i18n/load-messages";
import { getProcessingRegister } from "@/features/registers/services/get-processing-register";
import { renderPdf } from "@/server/documents/render-pdf";
import { registerDocument, registerHtml, registerJson } from "@/features/registers/exports/register-documents";
import { getOrganisationSettings } from "@/features/settings/services/organisation-settings";
import { parseAsOf } from "@/features/registers/as-of";

/**
 * GET /registers/processing/export?format=html|pdf|json&lang=nl|en&asOf=yyyy-mm-dd — the register of
 * processing activities (AVG art. 30) as a printable HTML page, a PDF, or JSON with DPV terms.
 */
export const GET = withPermission("registers:manage", async (req) => {
  const url = new URL(req.url);
  const format = url.searchParams.get("format") ?? "html";
  const lang = url.searchParams.get("lang") === "en" ? "en" : "nl";
  if (format !== "html" && format !== "pdf" && format !== "json")
    throw new AppError("INVALID_INPUT", "format must be html, pdf or json.");
  const asOf = parseAsOf(url.searchParams.get("asOf"));
  const db = await getDb();
  const [entries, controller] = await Promise.all([getProcessingRegister(db, asOf), getOrganisationSettings(db)]);
  const headers = { "Cache-Control": "no-store" };
  if (format === "json") {
    return new Response(JSON.stringify(registerJson(entries, { asOf, controller, generatedAt: new Date() }), null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="processing-register.json"',
      },
    });
  }
  const t = createTranslator({ locale: lang, messages: loadMessages(lang), namespace: "registers" });
  const doc = registerDocument(entries, t as never, { lang, asOf, controller, generatedAt: new Date() });
  if (format === "pdf") {
    return new Response(Buffer.from(await renderPdf(doc)), {
      headers: {
        ...headers,
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="processing-register-${asOf.toISOString().slice(0, 10)}.pdf"`,
      },
    });
  }
  return new Response(registerHtml(doc), { headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
});
