import { apiRoute } from "@/server/http/api/api-route";
import { createApiImport } from "@/features/imports/api/adapter";
import { createImportOp } from "@/features/imports/api/operations";

export const POST = apiRoute(createImportOp, async ({ ctx, req, query }) => {
  const created = await createApiImport(ctx.db, ctx.audit, req, query);
  return new Response(JSON.stringify(created), {
    status: 202,
    headers: { "Content-Type": "application/json; charset=utf-8", Location: `/api/v1/imports/${created.id}` },
  });
});
