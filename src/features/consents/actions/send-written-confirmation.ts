"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { sendWrittenConfirmation } from "../services/send-written-confirmation";

export const sendWrittenConfirmationAction = actionClient
  .metadata({ permission: "consents:record", name: "send-written-confirmation" })
  .inputSchema(z.object({ contactId: z.uuid(), consentRecordId: z.uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const event = await sendWrittenConfirmation(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/contacts/${parsedInput.contactId}`);
    return { sentAt: event.at.toISOString() };
  });
