import { apiRoute } from "@/server/http/api/api-route";
import { getApiRequest } from "@/features/api/services/request-adapter";
import { getRequestOp } from "../../_operations/requests";

export const GET = apiRoute(getRequestOp, ({ ctx, params }) => getApiRequest(ctx.db, params.id));
