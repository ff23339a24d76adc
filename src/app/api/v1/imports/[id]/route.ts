import { apiRoute } from "@/server/http/api/api-route";
import { getApiImport } from "@/features/api/services/import-adapter";
import { getImportOp } from "../../_operations/imports";

export const GET = apiRoute(getImportOp, ({ ctx, params }) => getApiImport(ctx.db, params.id));
