"use server";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZPreviewDesignInput } from "../schemas";
import { previewDesign } from "../services/preview-design";

/** The live preview of a designed mail while it is being written (nothing is saved or sent). */
export const previewDesignAction = actionClient
  .metadata({ permission: "campaigns:manage", name: "preview-design" })
  .inputSchema(ZPreviewDesignInput)
  .action(async ({ parsedInput }) => previewDesign(await getDb(), parsedInput));
