"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRectifyInput } from "../schemas";
import { executeRectification } from "../services/execute-rectification";

export const executeRectificationAction = actionClient
  .metadata({ permission: "requests:manage", name: "execute-rectification" })
  .inputSchema(ZRectifyInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await executeRectification(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
    revalidatePath("/requests");
    return result;
  });
