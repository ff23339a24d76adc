"use server";
import { publicActionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { signIn } from "@/server/auth/auth";
import { ZCreateFirstAdminInput } from "../schemas";
import { createFirstAdmin } from "../services/create-first-admin";

/** First-run setup. The service itself refuses once any user exists, so the page cannot be replayed. */
export const createFirstAdminAction = publicActionClient
  .inputSchema(ZCreateFirstAdminInput)
  .action(async ({ parsedInput }) => {
    await createFirstAdmin(await getDb(), parsedInput);
    await signIn("credentials", { email: parsedInput.email, password: parsedInput.password, redirectTo: "/" });
  });
