"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZImportBatchId } from "../schemas";
import { cancelImport } from "../services/cancel-import";
import { importScopeFor } from "../scope-for";

export const cancelImportAction = actionClient
  .metadata({ permission: "imports:vcard", name: "cancel-import" })
  .inputSchema(ZImportBatchId)
  .action(async ({ parsedInput, ctx }) => {
    await cancelImport(await getDb(), ctx.audit, parsedInput.batchId, importScopeFor(ctx.user));
    revalidatePath(`/imports/${parsedInput.batchId}`);
  });
