"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZExtendRequestInput } from "../schemas";
import { extendRequest } from "../services/extend-request";

export const extendRequestAction = actionClient
  .metadata({ permission: "requests:manage", name: "extend-request" })
  .inputSchema(ZExtendRequestInput)
  .action(async ({ parsedInput, ctx }) => {
    await extendRequest(await getDb(), ctx.audit, parsedInput);
    revalidatePath(`/requests/${parsedInput.requestId}`);
  });
