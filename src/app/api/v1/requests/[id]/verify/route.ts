import { apiRoute } from "@/server/http/api/api-route";
import { verifyRequestFromApi } from "@/features/requests/api/adapter";
import { verifyRequestOp } from "@/features/requests/api/operations";

export const POST = apiRoute(verifyRequestOp, ({ ctx, params, body }) =>
  verifyRequestFromApi(ctx.db, ctx.audit, params.id, body),
);
