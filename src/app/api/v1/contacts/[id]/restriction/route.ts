import { apiRoute } from "@/server/http/api/api-route";
import { liftRestrictionFromApi, setRestrictionFromApi } from "@/features/consents/api/adapter";
import { liftRestrictionOp, setRestrictionOp } from "@/features/consents/api/operations";

export const POST = apiRoute(setRestrictionOp, ({ ctx, params, body }) =>
  setRestrictionFromApi(ctx.db, ctx.audit, params.id, body),
);
export const DELETE = apiRoute(liftRestrictionOp, ({ ctx, params, body }) =>
  liftRestrictionFromApi(ctx.db, ctx.audit, params.id, body),
);
