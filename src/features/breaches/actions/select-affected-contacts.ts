"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSelectAffectedInput } from "../schemas";
import { selectAffectedContacts } from "../services/select-affected-contacts";

export const selectAffectedContactsAction = actionClient
  .metadata({ permission: "breaches:manage", name: "select-affected-contacts" })
  .inputSchema(ZSelectAffectedInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await selectAffectedContacts(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/breaches", "layout");
    return result;
  });
