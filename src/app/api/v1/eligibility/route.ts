import { apiRoute } from "@/server/http/api/api-route";
import { decideEligibility } from "@/features/outreach/api/adapter";
import { eligibilityOp } from "@/features/outreach/api/operations";

export const POST = apiRoute(eligibilityOp, ({ ctx, body }) => decideEligibility(ctx.db, body));
