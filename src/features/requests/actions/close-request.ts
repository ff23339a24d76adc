"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCloseRequestInput } from "../schemas";
import { closeRequest } from "../services/close-request";

export const closeRequestAction = actionClient
  .metadata({ permission: "requests:manage", name: "close-request" })
  .inputSchema(ZCloseRequestInput)
  .action(async ({ parsedInput, ctx }) => {
    await closeRequest(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
    revalidatePath("/requests");
  });
