"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZScheduleCampaignInput } from "../schemas";
import { scheduleCampaign } from "../services/schedule-campaign";

/** Plans the campaign for a moment in Europe/Amsterdam; the worker starts it then. */
export const scheduleCampaignAction = actionClient
  .metadata({ permission: "campaigns:manage", name: "schedule-campaign" })
  .inputSchema(ZScheduleCampaignInput)
  .action(async ({ parsedInput, ctx }) => {
    const res = await scheduleCampaign(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/campaigns/${parsedInput.campaignId}`);
    return { scheduledFor: res.scheduledFor.toISOString() };
  });
