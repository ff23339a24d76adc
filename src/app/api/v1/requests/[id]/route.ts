import { apiRoute } from "@/server/http/api/api-route";
import { getApiRequest } from "@/features/requests/api/adapter";
import { getRequestOp } from "@/features/requests/api/operations";

export const GET = apiRoute(getRequestOp, ({ ctx, params }) => getApiRequest(ctx.db, params.id));
