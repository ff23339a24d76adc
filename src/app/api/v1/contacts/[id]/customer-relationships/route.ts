import { apiRoute } from "@/server/http/api/api-route";
import { addCustomerRelationshipFromApi } from "@/features/consents/api/adapter";
import { addCustomerRelationshipOp } from "@/features/consents/api/operations";

export const POST = apiRoute(addCustomerRelationshipOp, ({ ctx, params, body }) =>
  addCustomerRelationshipFromApi(ctx.db, ctx.audit, params.id, body),
);
