"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZChannelOptOutInput } from "../schemas";
import { recordChannelOptOut } from "../services/record-channel-opt-out";

export const recordChannelOptOutAction = actionClient
  .metadata({ permission: "consents:withdraw", name: "record-channel-opt-out" })
  .inputSchema(ZChannelOptOutInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await recordChannelOptOut(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
