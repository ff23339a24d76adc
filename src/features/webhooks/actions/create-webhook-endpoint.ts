"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { ZCreateWebhookEndpointInput } from "../schemas";
import { createWebhookEndpoint } from "../services/create-webhook-endpoint";

export const createWebhookEndpointAction = actionClient
  .metadata({ permission: "webhooks:manage", name: "create-webhook-endpoint" })
  .inputSchema(ZCreateWebhookEndpointInput)
  .action(async ({ parsedInput, ctx }) => {
    const endpoint = await createWebhookEndpoint(await getDb(), ctx.audit, parsedInput, { nodeEnv: env.NODE_ENV });
    revalidatePath("/admin/webhooks");
    return { id: endpoint.id, secret: endpoint.secret };
  });
