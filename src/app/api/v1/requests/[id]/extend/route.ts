import { apiRoute } from "@/server/http/api/api-route";
import { extendRequestFromApi } from "@/features/requests/api/adapter";
import { extendRequestOp } from "@/features/requests/api/operations";

export const POST = apiRoute(extendRequestOp, ({ ctx, params, body }) =>
  extendRequestFromApi(ctx.db, ctx.audit, params.id, body),
);
