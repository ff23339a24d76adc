"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZTagContactsInput, ZUntagContactsInput } from "../schemas";
import { tagContacts, untagContacts } from "../services/tag-contacts";

export const tagContactsAction = actionClient
  .metadata({ permission: "contacts:tag", name: "tag-contacts" })
  .inputSchema(ZTagContactsInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await tagContacts(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/contacts", "layout");
    return result;
  });

export const untagContactsAction = actionClient
  .metadata({ permission: "contacts:tag", name: "untag-contacts" })
  .inputSchema(ZUntagContactsInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await untagContacts(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/contacts", "layout");
    return result;
  });
