"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZApiKeyIdInput } from "../schemas";
import { revokeApiKey } from "../services/revoke-api-key";

export const revokeApiKeyAction = actionClient
  .metadata({ permission: "api-keys:manage", name: "revoke-api-key" })
  .inputSchema(ZApiKeyIdInput)
  .action(async ({ parsedInput, ctx }) => {
    await revokeApiKey(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/admin/api-keys");
  });
