import { apiRoute } from "@/server/http/api/api-route";
import { createPurposeFromApi, listPurposes } from "@/features/purposes/api/adapter";
import { createPurposeOp, listPurposesOp } from "@/features/purposes/api/operations";

export const GET = apiRoute(listPurposesOp, ({ ctx }) => listPurposes(ctx.db));
export const POST = apiRoute(createPurposeOp, ({ ctx, body }) => createPurposeFromApi(ctx.db, ctx.audit, body));
