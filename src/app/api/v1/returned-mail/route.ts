import { apiRoute } from "@/server/http/api/api-route";
import { handInReturnedMail } from "@/features/campaigns/api/adapter";
import { returnedMailOp } from "@/features/campaigns/api/operations";

export const POST = apiRoute(returnedMailOp, ({ ctx, req, query }) =>
  handInReturnedMail(ctx.db, ctx.audit, req, query),
);
