"use server";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCampaignIdInput } from "../schemas";
import { sendTestCampaign } from "../services/send-test-campaign";

export const sendTestCampaignAction = actionClient
  .metadata({ permission: "campaigns:manage", name: "send-test-campaign" })
  .inputSchema(ZCampaignIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const res = await sendTestCampaign(await getDb(), ctx.audit, parsedInput.campaignId);
    return { to: res.to };
  });
