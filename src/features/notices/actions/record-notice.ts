"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRecordNoticeInput } from "../schemas";
import { recordNotice } from "../services/record-notice";

export const recordNoticeAction = actionClient
  .metadata({ permission: "notices:record", name: "record-notice" })
  .inputSchema(ZRecordNoticeInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const notice = await recordNotice(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    revalidatePath("/notices");
    return { id: notice.id };
  });
