"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZUpdatePurposeInput } from "../schemas";
import { updatePurpose } from "../services/update-purpose";

export const updatePurposeAction = actionClient
  .metadata({ permission: "purposes:manage", name: "update-purpose" })
  .inputSchema(ZUpdatePurposeInput)
  .action(async ({ parsedInput, ctx }) => {
    await updatePurpose(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/purposes/${parsedInput.purposeId}`);
    revalidatePath("/purposes");
  });
