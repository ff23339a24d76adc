"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCreateCampaignInput } from "../schemas";
import { createCampaign } from "../services/create-campaign";

export const createCampaignAction = actionClient
  .metadata({ permission: "campaigns:manage", name: "create-campaign" })
  .inputSchema(ZCreateCampaignInput)
  .action(async ({ parsedInput, ctx }) => {
    const campaign = await createCampaign(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/campaigns");
    return { id: campaign.id };
  });
