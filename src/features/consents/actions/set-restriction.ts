"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSetRestrictionInput } from "../schemas";
import { setRestriction } from "../services/set-restriction";
import { inUserLanguage } from "../localise-action-error";

export const setRestrictionAction = actionClient
  .metadata({ permission: "restrictions:manage", name: "set-restriction" })
  .inputSchema(ZSetRestrictionInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await inUserLanguage(async () => setRestriction(await getDb(), ctx.audit, contactId, input));
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
