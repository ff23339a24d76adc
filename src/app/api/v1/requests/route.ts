import { apiRoute } from "@/server/http/api/api-route";
import { registerRequestFromApi } from "@/features/api/services/request-adapter";
import { registerRequestOp } from "../_operations/requests";

export const POST = apiRoute(registerRequestOp, ({ ctx, body }) => registerRequestFromApi(ctx.db, ctx.audit, body));
