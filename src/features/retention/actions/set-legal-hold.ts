"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSetLegalHoldInput } from "../schemas";
import { setLegalHold } from "../services/set-legal-hold";

export const setLegalHoldAction = actionClient
  .metadata({ permission: "retention:manage", name: "set-legal-hold" })
  .inputSchema(ZSetLegalHoldInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setLegalHold(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/", "layout");
    return result;
  });
