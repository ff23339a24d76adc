import { apiRoute } from "@/server/http/api/api-route";
import { decideEligibilityBatch } from "@/features/api/services/eligibility-adapter";
import { eligibilityBatchOp } from "../../_operations/eligibility";

export const POST = apiRoute(eligibilityBatchOp, ({ ctx, body }) => decideEligibilityBatch(ctx.db, body));
