"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZStartImportInput } from "../schemas";
import { startImport } from "../services/start-import";
import { importScopeFor } from "../scope-for";

export const startImportAction = actionClient
  .metadata({ permission: "imports:vcard", name: "start-import" })
  .inputSchema(ZStartImportInput)
  .action(async ({ parsedInput, ctx }) => {
    await startImport(await getDb(), ctx.audit, parsedInput, importScopeFor(ctx.user));
    revalidatePath(`/imports/${parsedInput.batchId}`);
  });
