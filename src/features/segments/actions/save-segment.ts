"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZCreateSegmentInput, ZSegmentIdInput, ZUpdateSegmentInput } from "../schemas";
import { createSegment, deleteSegment, updateSegment } from "../services/save-segment";

export const createSegmentAction = actionClient
  .metadata({ permission: "segments:manage", name: "create-segment" })
  .inputSchema(ZCreateSegmentInput)
  .action(async ({ parsedInput, ctx }) => {
    const segment = await createSegment(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/segments");
    return { id: segment.id };
  });

export const updateSegmentAction = actionClient
  .metadata({ permission: "segments:manage", name: "update-segment" })
  .inputSchema(ZUpdateSegmentInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateSegment(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/segments");
    revalidatePath(`/segments/${parsedInput.segmentId}`);
    return { id: parsedInput.segmentId };
  });

export const deleteSegmentAction = actionClient
  .metadata({ permission: "segments:manage", name: "delete-segment" })
  .inputSchema(ZSegmentIdInput)
  .action(async ({ parsedInput, ctx }) => {
    await deleteSegment(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/segments");
  });
