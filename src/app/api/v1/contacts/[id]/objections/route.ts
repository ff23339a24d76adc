import { apiRoute } from "@/server/http/api/api-route";
import { recordObjectionFromApi } from "@/features/consents/api/adapter";
import { recordObjectionOp } from "@/features/consents/api/operations";

export const POST = apiRoute(recordObjectionOp, ({ ctx, params, body }) =>
  recordObjectionFromApi(ctx.db, ctx.audit, params.id, body),
);
