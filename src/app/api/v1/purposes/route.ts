import { apiRoute } from "@/server/http/api/api-route";
import { createPurposeFromApi, listPurposes } from "@/features/api/services/purpose-adapter";
import { createPurposeOp, listPurposesOp } from "../_operations/purposes";

export const GET = apiRoute(listPurposesOp, ({ ctx }) => listPurposes(ctx.db));
export const POST = apiRoute(createPurposeOp, ({ ctx, body }) => createPurposeFromApi(ctx.db, ctx.audit, body));
