"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZMailLogoInput } from "../schemas";
import { setMailLogo } from "../services/set-mail-logo";

export const setMailLogoAction = actionClient
  .metadata({ permission: "settings:manage", name: "set-mail-logo" })
  .inputSchema(ZMailLogoInput)
  .action(async ({ parsedInput, ctx }) => {
    await setMailLogo(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/settings");
  });
