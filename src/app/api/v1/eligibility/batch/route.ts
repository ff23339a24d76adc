import { apiRoute } from "@/server/http/api/api-route";
import { decideEligibilityBatch } from "@/features/outreach/api/adapter";
import { eligibilityBatchOp } from "@/features/outreach/api/operations";

export const POST = apiRoute(eligibilityBatchOp, ({ ctx, body }) => decideEligibilityBatch(ctx.db, body));
