"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZChangeUserRoleInput } from "../schemas";
import { changeUserRole } from "../services/update-user";

export const changeUserRoleAction = actionClient
  .metadata({ permission: "users:manage", name: "change-user-role" })
  .inputSchema(ZChangeUserRoleInput)
  .action(async ({ parsedInput, ctx }) => {
    await changeUserRole(await getDb(), ctx.audit, parsedInput.userId, parsedInput.role);
    revalidatePath("/admin/users");
  });
