import { apiRoute } from "@/server/http/api/api-route";
import { withdrawConsentFromApi } from "@/features/api/services/consent-adapter";
import { withdrawConsentOp } from "../../../../_operations/consents";

export const POST = apiRoute(withdrawConsentOp, ({ ctx, params, body }) =>
  withdrawConsentFromApi(ctx.db, ctx.audit, params.id, body),
);
