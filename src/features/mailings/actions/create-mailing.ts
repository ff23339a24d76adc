"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCreateMailingInput } from "../schemas";
import { createMailing } from "../services/create-mailing";

export const createMailingAction = actionClient
  .metadata({ permission: "mailings:export", name: "create-mailing" })
  .inputSchema(ZCreateMailingInput)
  .action(async ({ parsedInput, ctx }) => {
    const res = await createMailing(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/mailings");
    return res;
  });
