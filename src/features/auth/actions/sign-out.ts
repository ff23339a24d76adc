"use server";
import { signOut } from "@/server/auth/auth";
import { getAuditContext, getCurrentUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { endSession } from "../services/end-session";

export async function signOutAction() {
  const user = await getCurrentUser();
  if (user) await endSession(await getDb(), await getAuditContext(), user.id);
  await signOut({ redirectTo: "/sign-in" });
}
