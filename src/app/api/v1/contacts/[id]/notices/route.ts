import { apiRoute } from "@/server/http/api/api-route";
import { recordNoticeFromApi } from "@/features/notices/api/adapter";
import { recordNoticeOp } from "@/features/notices/api/operations";

export const POST = apiRoute(recordNoticeOp, ({ ctx, params, body }) =>
  recordNoticeFromApi(ctx.db, ctx.audit, params.id, body),
);
