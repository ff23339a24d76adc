import { apiRoute } from "@/server/http/api/api-route";
import { extendRequestFromApi } from "@/features/api/services/request-adapter";
import { extendRequestOp } from "../../../_operations/requests";

export const POST = apiRoute(extendRequestOp, ({ ctx, params, body }) =>
  extendRequestFromApi(ctx.db, ctx.audit, params.id, body),
);
