"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSaveProcessorInput } from "../schemas";
import { saveProcessor } from "../services/save-processor";

export const saveProcessorAction = actionClient
  .metadata({ permission: "processors:manage", name: "save-processor" })
  .inputSchema(ZSaveProcessorInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await saveProcessor(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/registers/processors");
    return result;
  });
