"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZImportBatchId } from "../schemas";
import { undoImport } from "../services/undo-import";
import { importScopeFor } from "../scope-for";

export const undoImportAction = actionClient
  .metadata({ permission: "imports:vcard", name: "undo-import" })
  .inputSchema(ZImportBatchId)
  .action(async ({ parsedInput, ctx }) => {
    const summary = await undoImport(await getDb(), ctx.audit, parsedInput.batchId, importScopeFor(ctx.user));
    revalidatePath(`/imports/${parsedInput.batchId}`);
    return summary;
  });
