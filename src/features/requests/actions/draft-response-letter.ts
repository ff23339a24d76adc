"use server";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { CLOSE_OUTCOMES, LETTER_LANGUAGES, ZRequestIdInput } from "../schemas";
import { draftResponseLetter } from "../services/draft-response-letter";

/** The letter template filled in for this request, in the chosen language (read-only). */
export const draftResponseLetterAction = actionClient
  .metadata({ permission: "requests:manage", name: "draft-response-letter" })
  .inputSchema(ZRequestIdInput.extend({ language: z.enum(LETTER_LANGUAGES), outcome: z.enum(CLOSE_OUTCOMES) }))
  .action(async ({ parsedInput, ctx }) => ({
    text: await draftResponseLetter(await getDb(), { ...parsedInput, signer: ctx.user.name }),
  }));
