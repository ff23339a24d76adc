import { apiRoute } from "@/server/http/api/api-route";
import { verifyRequestFromApi } from "@/features/api/services/request-adapter";
import { verifyRequestOp } from "../../../_operations/requests";

export const POST = apiRoute(verifyRequestOp, ({ ctx, params, body }) =>
  verifyRequestFromApi(ctx.db, ctx.audit, params.id, body),
);
