import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import type { TCreateUserInput } from "../schemas";

export async function createUser(db: Db, ctx: AuditContext, input: TCreateUserInput) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction((tx) => insertUser(tx, ctx, { ...input, passwordHash }));
}

export async function insertUser(
  tx: Tx,
  ctx: AuditContext,
  input: Omit<TCreateUserInput, "password"> & { passwordHash: string },
) {
  const exists = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (exists) {
    const message = "A user with this e-mail address already exists.";
    throw new AppError("CONFLICT", message, {
      key: "validation.userExists",
      fields: [{ field: "email", message, key: "validation.userExists" }],
    });
  }
  const user = await tx.user.create({
    data: { name: input.name, email: input.email, role: input.role, passwordHash: input.passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
  await writeAuditEvent(tx, ctx, {
    action: "user.created",
    target: { type: "user", id: user.id },
    metadata: { role: user.role },
  });
  return user;
}
