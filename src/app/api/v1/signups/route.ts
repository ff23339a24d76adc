import { apiRoute } from "@/server/http/api/api-route";
import { submitSignup } from "@/features/signups/services/submit-signup";
import { submitSignupOp } from "@/features/signups/api/operations";

export const POST = apiRoute(submitSignupOp, ({ ctx, body }) => submitSignup(ctx.db, ctx.audit, body, { via: "api" }));
