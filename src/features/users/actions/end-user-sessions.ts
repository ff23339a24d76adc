"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZUserIdInput } from "../schemas";
import { endUserSessions } from "../services/end-user-sessions";

export const endUserSessionsAction = actionClient
  .metadata({ permission: "users:manage", name: "end-user-sessions" })
  .inputSchema(ZUserIdInput)
  .action(async ({ parsedInput, ctx }) => {
    await endUserSessions(await getDb(), ctx.audit, parsedInput.userId);
    revalidatePath("/admin/users");
  });
