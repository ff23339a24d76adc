"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZVerifyRequestInput } from "../schemas";
import { verifyRequest } from "../services/verify-request";

export const verifyRequestAction = actionClient
  .metadata({ permission: "requests:manage", name: "verify-request" })
  .inputSchema(ZVerifyRequestInput)
  .action(async ({ parsedInput, ctx }) => {
    await verifyRequest(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
  });
