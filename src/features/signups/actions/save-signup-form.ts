"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSaveSignupFormInput } from "../schemas";
import { saveSignupForm } from "../services/save-signup-form";

export const saveSignupFormAction = actionClient
  .metadata({ permission: "signup-forms:manage", name: "save-signup-form" })
  .inputSchema(ZSaveSignupFormInput)
  .action(async ({ parsedInput, ctx }) => {
    const form = await saveSignupForm(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/forms");
    return form;
  });
