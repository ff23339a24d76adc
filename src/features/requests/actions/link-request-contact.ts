"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRequestContactInput } from "../schemas";
import { linkRequestContact } from "../services/link-request-contact";

export const linkRequestContactAction = actionClient
  .metadata({ permission: "requests:manage", name: "link-request-contact" })
  .inputSchema(ZRequestContactInput)
  .action(async ({ parsedInput, ctx }) => {
    await linkRequestContact(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
  });
