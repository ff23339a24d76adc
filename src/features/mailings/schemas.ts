import { z } from "zod";
import { ZCampaignAudience } from "@/features/campaigns/schemas";

export const ZCreateMailingInput = z.object({
  name: z.string().trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
  purposeId: z.uuid({ error: "validation.required" }),
  audience: ZCampaignAudience.default({}),
});
export type TCreateMailingInput = z.input<typeof ZCreateMailingInput>;
