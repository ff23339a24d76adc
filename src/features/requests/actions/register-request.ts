"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { can } from "@/domain/access/permissions";
import { ZRegisterRequestInput } from "../schemas";
import { registerRequest } from "../services/register-request";

/** Anyone may register a request (sales receive them too); only managers are sent on to its page. */
export const registerRequestAction = actionClient
  .metadata({ permission: "requests:register", name: "register-request" })
  .inputSchema(ZRegisterRequestInput)
  .action(async ({ parsedInput, ctx }) => {
    const request = await registerRequest(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/requests");
    return { id: request.id, canManage: can(ctx.user.role, "requests:manage") };
  });
