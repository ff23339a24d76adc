"use server";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZResetPasswordInput } from "../schemas";
import { resetUserPassword } from "../services/update-user";

export const resetUserPasswordAction = actionClient
  .metadata({ permission: "users:manage", name: "reset-user-password" })
  .inputSchema(ZResetPasswordInput)
  .action(async ({ parsedInput, ctx }) => {
    await resetUserPassword(await getDb(), ctx.audit, parsedInput.userId, parsedInput.password);
  });
