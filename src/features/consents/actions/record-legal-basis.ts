"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRecordLegalBasisInput } from "../schemas";
import { recordLegalBasis } from "../services/record-legal-basis";

export const recordLegalBasisAction = actionClient
  .metadata({ permission: "bases:manage", name: "record-legal-basis" })
  .inputSchema(ZRecordLegalBasisInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await recordLegalBasis(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
