"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZProposalIdInput } from "../schemas";
import { rejectProposal } from "../services/decide-proposal";

export const rejectProposalAction = actionClient
  .metadata({ permission: "retention:manage", name: "reject-proposal" })
  .inputSchema(ZProposalIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await rejectProposal(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/", "layout");
    return result;
  });
