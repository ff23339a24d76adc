"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZUpdateRetentionSettingsInput } from "../schemas";
import { updateRetentionSettings } from "../services/update-retention-settings";

export const updateRetentionSettingsAction = actionClient
  .metadata({ permission: "retention:manage", name: "update-retention-settings" })
  .inputSchema(ZUpdateRetentionSettingsInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateRetentionSettings(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/", "layout");
    return result;
  });
