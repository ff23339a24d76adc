"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZObjectInput } from "../schemas";
import { executeObjection } from "../services/execute-objection";

export const executeObjectionAction = actionClient
  .metadata({ permission: "requests:manage", name: "execute-objection" })
  .inputSchema(ZObjectInput)
  .action(async ({ parsedInput, ctx }) => {
    await executeObjection(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
    revalidatePath("/requests");
  });
