import { z } from "zod";
import { API_SCOPE_KEYS } from "@/domain/access/api-scopes";

export const ZCreateApiKeyInput = z.object({
  /** What the key is for ("Website sign-up form"), so that an administrator knows what revoking breaks. */
  name: z.string().trim().min(1, { error: "validation.required" }).max(100, { error: "validation.tooLong" }),
  scopes: z.array(z.enum(API_SCOPE_KEYS)).min(1, { error: "apiKeys.errors.scopesRequired" }),
});
export type TCreateApiKeyInput = z.input<typeof ZCreateApiKeyInput>;

export const ZApiKeyIdInput = z.object({ apiKeyId: z.uuid() });
export type TApiKeyIdInput = z.infer<typeof ZApiKeyIdInput>;
