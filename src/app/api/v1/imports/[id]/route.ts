import { apiRoute } from "@/server/http/api/api-route";
import { getApiImport } from "@/features/imports/api/adapter";
import { getImportOp } from "@/features/imports/api/operations";

export const GET = apiRoute(getImportOp, ({ ctx, params }) => getApiImport(ctx.db, params.id));
