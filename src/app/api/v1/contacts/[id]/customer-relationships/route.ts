import { apiRoute } from "@/server/http/api/api-route";
import { addCustomerRelationshipFromApi } from "@/features/api/services/consent-adapter";
import { addCustomerRelationshipOp } from "../../../_operations/consents";

export const POST = apiRoute(addCustomerRelationshipOp, ({ ctx, params, body }) =>
  addCustomerRelationshipFromApi(ctx.db, ctx.audit, params.id, body),
);
