"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRegisterBreachInput } from "../schemas";
import { registerBreach } from "../services/register-breach";

export const registerBreachAction = actionClient
  .metadata({ permission: "breaches:manage", name: "register-breach" })
  .inputSchema(ZRegisterBreachInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await registerBreach(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/breaches", "layout");
    return result;
  });
