"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZSetWebhookEndpointActiveInput, ZWebhookDeliveryIdInput } from "../schemas";
import { retryWebhookDelivery, setWebhookEndpointActive } from "../services/update-webhook-endpoint";

export const setWebhookEndpointActiveAction = actionClient
  .metadata({ permission: "webhooks:manage", name: "set-webhook-endpoint-active" })
  .inputSchema(ZSetWebhookEndpointActiveInput)
  .action(async ({ parsedInput, ctx }) => {
    await setWebhookEndpointActive(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/admin/webhooks");
  });

export const retryWebhookDeliveryAction = actionClient
  .metadata({ permission: "webhooks:manage", name: "retry-webhook-delivery" })
  .inputSchema(ZWebhookDeliveryIdInput)
  .action(async ({ parsedInput, ctx }) => {
    await retryWebhookDelivery(await getDb(), ctx.audit, parsedInput);
    revalidatePath("/admin/webhooks");
  });
