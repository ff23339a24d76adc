"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRecordNotificationInput } from "../schemas";
import { recordNotification } from "../services/record-notification";

export const recordNotificationAction = actionClient
  .metadata({ permission: "breaches:manage", name: "record-notification" })
  .inputSchema(ZRecordNotificationInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await recordNotification(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/breaches", "layout");
    return result;
  });
