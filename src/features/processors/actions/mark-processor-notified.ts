"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZMarkProcessorNotifiedInput } from "../schemas";
import { markProcessorNotified } from "../services/mark-processor-notified";

/** The privacy officer marks a processor as told about an erasure (AVG art. 19). */
export const markProcessorNotifiedAction = actionClient
  .metadata({ permission: "requests:manage", name: "mark-processor-notified" })
  .inputSchema(ZMarkProcessorNotifiedInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markProcessorNotified(await getDb(), ctx.audit, parsedInput);
    revalidatePath(parsedInput.requestId ? `/requests/${parsedInput.requestId}` : "/retention");
    return { id: result.id };
  });
