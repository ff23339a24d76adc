import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getDb } from "../db";
import { auth } from "./auth";
import type { Role } from "@/domain/vocabulary";
import type { AuditContext } from "../audit/actor";
import { clientIp, newRequestId } from "./request-meta";

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale: string | null };

/**
 * The signed-in user, read fresh from the database once per request: a deactivated user or a
 * session issued before a password reset is treated as signed out immediately.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await (await getDb()).user.findUnique({ where: { id: session.uid } });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
});

export const getAuditContext = cache(async (): Promise<AuditContext> => {
  const user = await getCurrentUser();
  const h = await headers();
  return {
    actor: user ? { type: "user", id: user.id, role: user.role } : { type: "system" },
    request: { requestId: h.get("x-request-id") ?? newRequestId(), ip: clientIp(h) },
  };
});
