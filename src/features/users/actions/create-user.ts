"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCreateUserInput } from "../schemas";
import { createUser } from "../services/create-user";

export const createUserAction = actionClient
  .metadata({ permission: "users:manage", name: "create-user" })
  .inputSchema(ZCreateUserInput)
  .action(async ({ parsedInput, ctx }) => {
    const user = await createUser(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/admin/users");
    return { id: user.id };
  });
