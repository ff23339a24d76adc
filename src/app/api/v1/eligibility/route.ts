import { apiRoute } from "@/server/http/api/api-route";
import { decideEligibility } from "@/features/api/services/eligibility-adapter";
import { eligibilityOp } from "../_operations/eligibility";

export const POST = apiRoute(eligibilityOp, ({ ctx, body }) => decideEligibility(ctx.db, body));
