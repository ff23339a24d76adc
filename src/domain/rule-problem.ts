import type { Bilingual } from "./bilingual";

/**
 * One reason a rule of the law refuses what was asked, the same shape for every rule in the domain
 * (consent, corrections, request deadlines). `code` is stable (the API and the UI key on it),
 * `field` is the dotted path of the input it concerns ("evidence.location", "channels.1"), the
 * message is in both languages, and `citation` names the article so the privacy officer can check
 * the product's reasoning. The server layer turns these into an error in the reader's language.
 */
export interface RuleProblem<Code extends string = string> {
  code: Code;
  field: string;
  message: Bilingual;
  citation: string;
}

export type ValidationResult<Code extends string> = { ok: true } | { ok: false; problems: RuleProblem<Code>[] };
