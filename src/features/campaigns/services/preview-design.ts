import "server-only";
import type { Db } from "@/server/db";
import { parseInput } from "@/server/validation/parse-input";
import { compileCampaignMail, fillCampaignMail } from "../design/layout";
import { fillFields } from "../design/personalise";
import { ZPreviewDesignInput, type TPreviewDesignInput } from "../schemas";
import { loadMailLayout } from "./mail-layout";

/** An example recipient for the preview, so the author sees fields filled and fallbacks used. */
const EXAMPLE = { firstName: "Anna", lastName: "de Vries", company: null };

/**
 * The designed mail as a recipient would get it, in the organisation's layout, with example
 * values and inert links (the real ones are personal and made only by the mail gate).
 */
export async function previewDesign(db: Db, raw: TPreviewDesignInput) {
  const input = parseInput(ZPreviewDesignInput, raw);
  const layout = await loadMailLayout(db);
  const compiled = await compileCampaignMail(
    { subject: input.subject, markdown: input.body, commercial: input.commercial, withNotice: false },
    layout,
  );
  const links = input.commercial ? { unsubscribeUrl: "#unsubscribe", preferencesUrl: "#preferences" } : {};
  const body = fillCampaignMail(compiled, EXAMPLE, { unsubscribeUrl: null, preferencesUrl: null, ...links });
  return { subject: fillFields(input.subject, EXAMPLE, "text"), html: body.html, text: body.text };
}
