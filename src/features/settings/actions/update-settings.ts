"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZUpdateSettingsInput } from "../schemas";
import { updateOrganisationSettings } from "../services/organisation-settings";

export const updateSettingsAction = actionClient
  .metadata({ permission: "settings:manage", name: "update-settings" })
  .inputSchema(ZUpdateSettingsInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateOrganisationSettings(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/settings");
  });
