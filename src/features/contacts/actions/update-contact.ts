"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZUpdateContactInput } from "../schemas";
import { updateContact } from "../services/update-contact";

export const updateContactAction = actionClient
  .metadata({ permission: "contacts:write", name: "update-contact" })
  .inputSchema(ZUpdateContactInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    await updateContact(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: contactId };
  });
