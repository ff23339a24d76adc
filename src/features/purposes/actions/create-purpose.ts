"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCreatePurposeInput } from "../schemas";
import { createPurpose } from "../services/create-purpose";

export const createPurposeAction = actionClient
  .metadata({ permission: "purposes:manage", name: "create-purpose" })
  .inputSchema(ZCreatePurposeInput)
  .action(async ({ parsedInput, ctx }) => {
    const purpose = await createPurpose(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/purposes");
    return { id: purpose.id };
  });
