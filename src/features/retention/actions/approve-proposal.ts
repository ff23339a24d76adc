"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZProposalIdInput } from "../schemas";
import { approveProposal } from "../services/decide-proposal";

export const approveProposalAction = actionClient
  .metadata({ permission: "retention:manage", name: "approve-proposal" })
  .inputSchema(ZProposalIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await approveProposal(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/", "layout");
    return result;
  });
