"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCampaignIdInput } from "../schemas";
import { queueCampaign } from "../services/queue-campaign";

/** "Send": hands the campaign to the background worker, which decides every recipient again. */
export const queueCampaignAction = actionClient
  .metadata({ permission: "campaigns:manage", name: "queue-campaign" })
  .inputSchema(ZCampaignIdInput)
  .action(async ({ parsedInput, ctx }) => {
    await queueCampaign(await getDb(), ctx.audit, parsedInput.campaignId);
    revalidatePath(`/campaigns/${parsedInput.campaignId}`);
  });
