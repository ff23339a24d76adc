"use server";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZFindContactCandidatesInput } from "../schemas";
import { findContactCandidates } from "../services/find-contact-candidates";

/** Search by e-mail, phone or name for the contact a request is about (read-only). */
export const findContactCandidatesAction = actionClient
  .metadata({ permission: "requests:manage", name: "find-contact-candidates" })
  .inputSchema(ZFindContactCandidatesInput)
  .action(async ({ parsedInput }) => findContactCandidates(await getDb(), [parsedInput.query]));
