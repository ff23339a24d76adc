"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRestrictInput } from "../schemas";
import { executeRestriction } from "../services/execute-restriction";

export const executeRestrictionAction = actionClient
  .metadata({ permission: "requests:manage", name: "execute-restriction" })
  .inputSchema(ZRestrictInput)
  .action(async ({ parsedInput, ctx }) => {
    await executeRestriction(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
    revalidatePath("/requests");
  });
