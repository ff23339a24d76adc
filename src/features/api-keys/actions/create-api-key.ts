"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCreateApiKeyInput } from "../schemas";
import { createApiKey } from "../services/create-api-key";

/** Returns the key in full: the only moment it exists outside the caller's hands. */
export const createApiKeyAction = actionClient
  .metadata({ permission: "api-keys:manage", name: "create-api-key" })
  .inputSchema(ZCreateApiKeyInput)
  .action(async ({ parsedInput, ctx }) => {
    const key = await createApiKey(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/admin/api-keys");
    return { id: key.id, token: key.token };
  });
