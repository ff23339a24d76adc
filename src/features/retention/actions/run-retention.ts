"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { runRetention } from "../services/run-retention";

/** "Check now": the same run the daily job does, started by the privacy officer. */
export const runRetentionAction = actionClient
  .metadata({ permission: "retention:manage", name: "run-retention" })
  .inputSchema(z.object({}))
  .action(async ({ ctx }) => {
    const result = await runRetention(await getDb(), ctx.audit);
    revalidatePath("/", "layout");
    return result;
  });
