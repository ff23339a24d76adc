"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { can } from "@/domain/access/permissions";
import { AppError } from "@/server/errors";
import { getDb } from "@/server/db";
import { ZLogOptInActionInput } from "../schemas";
import { readPhotoUploads } from "../photo-uploads";
import { logOptIn } from "../services/log-opt-in";

export const logOptInAction = actionClient
  .metadata({ permission: "consents:record", name: "log-opt-in" })
  .inputSchema(ZLogOptInActionInput)
  .action(async ({ parsedInput: { photos, ...input }, ctx }) => {
    // A new contact is also "create contact": checked separately so the matrix stays the one source.
    if (input.newContact && !can(ctx.user.role, "contacts:write"))
      throw new AppError("FORBIDDEN", "Your role does not allow this.");
    const attachments = await readPhotoUploads(photos);
    const result = await logOptIn(await getDb(), ctx.audit, { ...input, attachments });
    revalidatePath("/contacts");
    revalidatePath(`/contacts/${result.contactId}`);
    return result;
  });
