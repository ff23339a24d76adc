"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZLogCallInput } from "../schemas";
import { logCall } from "../services/log-call";

// Everyone with calls:use (admin, sales) also holds objections:record, which "don't call me
// again" exercises; the permission matrix keeps the first a subset of the second.
export const logCallAction = actionClient
  .metadata({ permission: "calls:use", name: "log-call" })
  .inputSchema(ZLogCallInput)
  .action(async ({ parsedInput, ctx }) => {
    const res = await logCall(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/calls");
    return res;
  });
