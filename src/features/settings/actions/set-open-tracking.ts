"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZOpenTrackingInput } from "../schemas";
import { setOpenTracking } from "../services/open-tracking";

export const setOpenTrackingAction = actionClient
  .metadata({ permission: "settings:manage", name: "set-open-tracking" })
  .inputSchema(ZOpenTrackingInput)
  .action(async ({ parsedInput, ctx }) => {
    await setOpenTracking(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/settings");
  });
