import type { Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import type { TCreateFirstAdminInput } from "../schemas";
import { insertUser } from "./create-user";

// Serialises first-run setup across app instances: two browsers submitting at once get one admin.
const SETUP_LOCK = 5_270_314;

/** First run: creates the first administrator, and only while no user exists at all. */
export async function createFirstAdmin(db: Db, input: TCreateFirstAdminInput) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if ((await tx.user.count()) > 0) throw new AppError("FORBIDDEN", "Setup has already been completed.");
    return insertUser(tx, SYSTEM, { ...input, role: "admin", passwordHash });
  });
}

export async function isSetupComplete(db: Db): Promise<boolean> {
  return (await db.user.count()) > 0;
}
