"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSetRestrictionInput } from "../schemas";
import { setRestriction } from "../services/set-restriction";

export const setRestrictionAction = actionClient
  .metadata({ permission: "restrictions:manage", name: "set-restriction" })
  .inputSchema(ZSetRestrictionInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await setRestriction(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
