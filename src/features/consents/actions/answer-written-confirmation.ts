"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { publicActionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { clientIp, newRequestId } from "@/server/auth/request-meta";
import { confirmByToken, declineByToken } from "../services/answer-written-confirmation";

// No login: the signed link is the authority, checked first thing in the service.
const ZTokenInput = z.object({ token: z.string().min(1).max(2048) });

async function requestMeta() {
  const h = await headers();
  return { requestId: h.get("x-request-id") ?? newRequestId(), ip: clientIp(h), userAgent: h.get("user-agent") };
}

export const confirmConsentAction = publicActionClient
  .inputSchema(ZTokenInput)
  .action(async ({ parsedInput }) => confirmByToken(await getDb(), parsedInput.token, await requestMeta()));

export const declineConsentAction = publicActionClient
  .inputSchema(ZTokenInput)
  .action(async ({ parsedInput }) => declineByToken(await getDb(), parsedInput.token, await requestMeta()));
