"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCampaignIdInput } from "../schemas";
import { cancelScheduledCampaign } from "../services/schedule-campaign";

/** Takes a scheduled campaign back to draft before the worker starts it. */
export const cancelScheduledCampaignAction = actionClient
  .metadata({ permission: "campaigns:manage", name: "cancel-scheduled-campaign" })
  .inputSchema(ZCampaignIdInput)
  .action(async ({ parsedInput, ctx }) => {
    await cancelScheduledCampaign(await getDb(), ctx.audit, parsedInput.campaignId);
    revalidatePath(`/campaigns/${parsedInput.campaignId}`);
  });
