"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZLiftRestrictionInput } from "../schemas";
import { liftRestriction } from "../services/set-restriction";

export const liftRestrictionAction = actionClient
  .metadata({ permission: "restrictions:manage", name: "lift-restriction" })
  .inputSchema(ZLiftRestrictionInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await liftRestriction(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
