"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZAddSubProcessorInput } from "../schemas";
import { addSubProcessor } from "../services/add-sub-processor";

export const addSubProcessorAction = actionClient
  .metadata({ permission: "processors:manage", name: "add-sub-processor" })
  .inputSchema(ZAddSubProcessorInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await addSubProcessor(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/registers/processors");
    return result;
  });
