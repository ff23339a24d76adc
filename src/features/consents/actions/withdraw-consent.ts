"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZWithdrawConsentInput } from "../schemas";
import { withdrawConsent } from "../services/withdraw-consent";

export const withdrawConsentAction = actionClient
  .metadata({ permission: "consents:withdraw", name: "withdraw-consent" })
  .inputSchema(ZWithdrawConsentInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await withdrawConsent(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
