"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZRequestIdInput } from "../schemas";
import { executeDisclosure } from "../services/execute-disclosure";
import { executeErasure } from "../services/execute-erasure";

/** Access, portability and erasure need no input beyond the request itself. */
export const executeRequestAction = actionClient
  .metadata({ permission: "requests:manage", name: "execute-request" })
  .inputSchema(ZRequestIdInput.extend({ type: z.enum(["access", "portability", "erasure"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const db = await getDb();
    const { requestId, type } = parsedInput;
    if (type === "erasure") await executeErasure(db, ctx.audit, { requestId });
    else await executeDisclosure(db, ctx.audit, { requestId, type });
    revalidatePath(`/requests/${requestId}`);
    revalidatePath("/requests");
  });
