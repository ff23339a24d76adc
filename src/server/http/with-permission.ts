import "server-only";
import type { Permission } from "@/domain/access/permissions";
import { requirePermission } from "../auth/authorize";
import type { CurrentUser } from "../auth/current-user";
import { isAppError } from "../errors";
import { logger } from "../logger";

type Handler<P> = (req: Request, ctx: { user: CurrentUser; params: P }) => Promise<Response>;

/**
 * Route handlers for signed-in users (downloads, exports) go through this wrapper: the same role
 * check as pages and actions, and expected errors as plain JSON with the right status.
 */
export function withPermission<P = Record<string, string>>(permission: Permission, handler: Handler<P>) {
  return async (req: Request, { params }: { params: Promise<P> }) => {
    try {
      const user = await requirePermission(permission);
      return await handler(req, { user, params: await params });
    } catch (error) {
      if (isAppError(error))
        return Response.json({ code: error.code, message: error.message }, { status: error.status });
      logger.error("route failed", { url: req.url, error });
      return Response.json({ code: "INTERNAL", message: "Something went wrong." }, { status: 500 });
    }
  };
}
