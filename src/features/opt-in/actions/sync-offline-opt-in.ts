"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { can } from "@/domain/access/permissions";
import { AppError } from "@/server/errors";
import { getDb } from "@/server/db";
import { ZOfflineOptInActionInput } from "../schemas";
import { readPhotoUploads } from "../photo-uploads";
import { syncOfflineOptIn } from "../services/sync-offline-opt-in";

/** Uploads one opt-in the phone queued while it had no network (see syncOfflineOptIn). */
export const syncOfflineOptInAction = actionClient
  .metadata({ permission: "consents:record", name: "sync-offline-opt-in" })
  .inputSchema(ZOfflineOptInActionInput)
  .action(async ({ parsedInput: { photos, ...input }, ctx }) => {
    if (input.newContact && !can(ctx.user.role, "contacts:write"))
      throw new AppError("FORBIDDEN", "Your role does not allow this.");
    const attachments = await readPhotoUploads(photos);
    const result = await syncOfflineOptIn(await getDb(), ctx.audit, { ...input, attachments });
    if (!result.replayed) {
      revalidatePath("/contacts");
      revalidatePath(`/contacts/${result.contactId}`);
    }
    return {
      clientId: result.clientId,
      contactId: result.contactId,
      count: result.consentIds.length,
      givenAt: result.givenAt.toISOString(),
      replayed: result.replayed,
      matchedExisting: result.matchedExisting,
    };
  });
