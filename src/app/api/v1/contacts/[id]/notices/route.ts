import { apiRoute } from "@/server/http/api/api-route";
import { recordNoticeFromApi } from "@/features/api/services/notice-adapter";
import { recordNoticeOp } from "../../../_operations/notices";

export const POST = apiRoute(recordNoticeOp, ({ ctx, params, body }) =>
  recordNoticeFromApi(ctx.db, ctx.audit, params.id, body),
);
