"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCorrectConsentInput } from "../schemas";
import { correctConsent } from "../services/correct-consent";

export const correctConsentAction = actionClient
  .metadata({ permission: "consents:correct", name: "correct-consent" })
  .inputSchema(ZCorrectConsentInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await correctConsent(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
