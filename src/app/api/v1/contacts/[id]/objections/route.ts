import { apiRoute } from "@/server/http/api/api-route";
import { recordObjectionFromApi } from "@/features/api/services/consent-adapter";
import { recordObjectionOp } from "../../../_operations/consents";

export const POST = apiRoute(recordObjectionOp, ({ ctx, params, body }) =>
  recordObjectionFromApi(ctx.db, ctx.audit, params.id, body),
);
