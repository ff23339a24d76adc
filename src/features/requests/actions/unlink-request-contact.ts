"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRequestContactInput } from "../schemas";
import { unlinkRequestContact } from "../services/link-request-contact";

export const unlinkRequestContactAction = actionClient
  .metadata({ permission: "requests:manage", name: "unlink-request-contact" })
  .inputSchema(ZRequestContactInput)
  .action(async ({ parsedInput, ctx }) => {
    await unlinkRequestContact(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
  });
