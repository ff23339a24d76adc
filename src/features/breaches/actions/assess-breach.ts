"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZAssessBreachInput } from "../schemas";
import { assessBreach } from "../services/assess-breach";

export const assessBreachAction = actionClient
  .metadata({ permission: "breaches:manage", name: "assess-breach" })
  .inputSchema(ZAssessBreachInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await assessBreach(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/breaches", "layout");
    return result;
  });
