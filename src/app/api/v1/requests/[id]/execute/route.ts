import { apiRoute } from "@/server/http/api/api-route";
import { executeRequestFromApi } from "@/features/api/services/request-adapter";
import { executeRequestOp } from "../../../_operations/requests";

export const POST = apiRoute(executeRequestOp, ({ ctx, params, body }) =>
  executeRequestFromApi(ctx.db, ctx.audit, params.id, body),
);
