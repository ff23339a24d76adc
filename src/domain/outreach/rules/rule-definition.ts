import type { Bilingual } from "@/domain/bilingual";

/**
 * One rule of a jurisdiction's rule set, kept as data so that the UI, exports and a privacy
 * officer can read every rule with its legal citation, and another member state's rule set can be
 * added next to the Dutch one without touching the engine.
 *
 * `explanation` is a one-sentence template per language. Placeholders: {purpose} {channel} {date}
 * {until} {where} {published} {period} {source}; dates are filled in as yyyy-mm-dd in
 * Europe/Amsterdam.
 */
export interface RuleDefinition {
  id: string;
  outcome: "allow" | "deny";
  citation: string;
  title: Bilingual;
  explanation: Bilingual;
}
