"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRecordObjectionInput } from "../schemas";
import { recordObjection } from "../services/record-objection";

export const recordObjectionAction = actionClient
  .metadata({ permission: "objections:record", name: "record-objection" })
  .inputSchema(ZRecordObjectionInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await recordObjection(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
