import { apiRoute } from "@/server/http/api/api-route";
import { withdrawConsentFromApi } from "@/features/consents/api/adapter";
import { withdrawConsentOp } from "@/features/consents/api/operations";

export const POST = apiRoute(withdrawConsentOp, ({ ctx, params, body }) =>
  withdrawConsentFromApi(ctx.db, ctx.audit, params.id, body),
);
