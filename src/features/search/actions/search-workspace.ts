"use server";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { searchWorkspace } from "../services/search-workspace";

/**
 * Every signed-in user may search; what each kind of result needs is checked inside, per kind,
 * against the same permission matrix.
 */
export const searchWorkspaceAction = actionClient
  .metadata({ permission: "dashboard:view", name: "search-workspace" })
  .inputSchema(z.object({ q: z.string().trim().min(2).max(200) }))
  .action(async ({ parsedInput, ctx }) => searchWorkspace(await getDb(), ctx.user.role, parsedInput.q));
