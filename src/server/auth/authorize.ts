import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "@/domain/access/permissions";
import { AppError } from "../errors";
import { getCurrentUser, type CurrentUser } from "./current-user";

/**
 * The one mechanism that checks roles. Pages call `requirePagePermission`, server actions get the
 * check from the action client (src/server/action-client.ts), route handlers use `withPermission`
 * (src/server/http/with-permission.ts); all three end here.
 */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
  return user;
}

/** For pages: signed out -> sign-in page; signed in without the permission -> 403 page. */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!can(user.role, permission)) forbidden();
  return user;
}
