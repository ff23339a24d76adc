"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRenameTagInput, ZSetTagColourInput, ZTagIdInput } from "../schemas";
import { deleteTag, renameTag, setTagColour } from "../services/manage-tags";

export const renameTagAction = actionClient
  .metadata({ permission: "contacts:tag", name: "rename-tag" })
  .inputSchema(ZRenameTagInput)
  .action(async ({ parsedInput, ctx }) => {
    await renameTag(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/contacts", "layout");
  });

export const setTagColourAction = actionClient
  .metadata({ permission: "contacts:tag", name: "set-tag-colour" })
  .inputSchema(ZSetTagColourInput)
  .action(async ({ parsedInput, ctx }) => {
    await setTagColour(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/contacts", "layout");
  });

export const deleteTagAction = actionClient
  .metadata({ permission: "contacts:tag", name: "delete-tag" })
  .inputSchema(ZTagIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await deleteTag(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/contacts", "layout");
    return result;
  });
