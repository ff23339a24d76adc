"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZNotifySubjectsInput } from "../schemas";
import { notifyAffectedContacts } from "../services/notify-affected-contacts";

export const notifyAffectedContactsAction = actionClient
  .metadata({ permission: "breaches:manage", name: "notify-affected-contacts" })
  .inputSchema(ZNotifySubjectsInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await notifyAffectedContacts(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/breaches", "layout");
    return result;
  });
