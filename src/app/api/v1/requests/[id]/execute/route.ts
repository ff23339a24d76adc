import { apiRoute } from "@/server/http/api/api-route";
import { executeRequestFromApi } from "@/features/requests/api/adapter";
import { executeRequestOp } from "@/features/requests/api/operations";

export const POST = apiRoute(executeRequestOp, ({ ctx, params, body }) =>
  executeRequestFromApi(ctx.db, ctx.audit, params.id, body),
);
