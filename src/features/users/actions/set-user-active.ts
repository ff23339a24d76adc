"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZUserIdInput } from "../schemas";
import { setUserActive } from "../services/update-user";

export const setUserActiveAction = actionClient
  .metadata({ permission: "users:manage", name: "set-user-active" })
  .inputSchema(ZUserIdInput.extend({ active: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    await setUserActive(await getDb(), ctx.audit, parsedInput.userId, parsedInput.active);
    revalidatePath("/admin/users");
  });
