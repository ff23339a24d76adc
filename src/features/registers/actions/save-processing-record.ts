"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSaveProcessingRecordInput } from "../schemas";
import { saveProcessingRecord } from "../services/save-processing-record";

export const saveProcessingRecordAction = actionClient
  .metadata({ permission: "registers:manage", name: "save-processing-record" })
  .inputSchema(ZSaveProcessingRecordInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await saveProcessingRecord(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/registers/processing");
    return result;
  });
