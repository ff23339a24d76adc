"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZUpdatePurposeNoticeInput } from "../schemas";
import { updatePurposeNotice } from "../services/update-purpose";

export const updatePurposeNoticeAction = actionClient
  .metadata({ permission: "purposes:manage", name: "update-purpose-notice" })
  .inputSchema(ZUpdatePurposeNoticeInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updatePurposeNotice(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/purposes/${parsedInput.purposeId}`);
    return { version: result.notice.version, created: result.created };
  });
