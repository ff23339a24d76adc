import { apiRoute } from "@/server/http/api/api-route";
import { registerRequestFromApi } from "@/features/requests/api/adapter";
import { registerRequestOp } from "@/features/requests/api/operations";

export const POST = apiRoute(registerRequestOp, ({ ctx, body }) => registerRequestFromApi(ctx.db, ctx.audit, body));
