import { apiRoute } from "@/server/http/api/api-route";
import { getConsentHistory, recordConsentFromApi } from "@/features/consents/api/adapter";
import { consentHistoryOp, recordConsentOp } from "@/features/consents/api/operations";

export const GET = apiRoute(consentHistoryOp, ({ ctx, params }) => getConsentHistory(ctx.db, params.id));
export const POST = apiRoute(recordConsentOp, ({ ctx, params, body }) =>
  recordConsentFromApi(ctx.db, ctx.audit, params.id, body),
);
