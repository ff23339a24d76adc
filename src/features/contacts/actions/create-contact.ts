"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCreateContactInput } from "../schemas";
import { createContact } from "../services/create-contact";

export const createContactAction = actionClient
  .metadata({ permission: "contacts:write", name: "create-contact" })
  .inputSchema(ZCreateContactInput.omit({ consents: true }))
  .action(async ({ parsedInput, ctx }) => {
    const contact = await createContact(await getDb(), ctx.audit, { ...parsedInput, consents: [] });
    revalidatePath("/contacts");
    return { id: contact.id };
  });
