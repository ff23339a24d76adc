/**
 * What every stored decision is made under: the engine's version and rule codes, the
 * organisation's outreach settings, every purpose, and the key of the suppression list. Its fingerprint (`key`) is kept on each
 * stored row; a row made under another basis is ignored and made again, so a change of settings,
 * of a purpose or of the engine needs no clean-up step that someone could forget.
 */
import { createHash } from "node:crypto";
import { DECISION_LOGIC_VERSION, RULE_CODES, type DecisionGrid } from "@/domain/outreach";
import { findAllPurposes, type LoadedPurpose } from "@/features/purposes";
import type { Db } from "@/server/db";
import { getOutreachPolicy } from "./get-outreach-settings";

export type DecisionBasis = {
  key: string;
  grid: DecisionGrid;
  /** A purpose's position in the grid, by purpose id. */
  purposeIndex: Map<string, number>;
  suppressionSalt: string | null;
};

export async function loadDecisionBasis(db: Pick<Db, "purpose" | "organisationSettings">): Promise<DecisionBasis> {
  const [policy, purposes] = await Promise.all([getOutreachPolicy(db), findAllPurposes(db)]);
  const grid: DecisionGrid = { purposes: purposes.map(purposeFacts), settings: policy.settings };
  const key = createHash("sha256")
    .update(
      JSON.stringify({
        logic: DECISION_LOGIC_VERSION,
        rules: RULE_CODES,
        grid,
        ids: purposes.map((p) => p.id),
        // Who is on the suppression list is read through this key: another key, other answers.
        suppression: policy.suppressionSalt,
      }),
    )
    .digest("base64url")
    .slice(0, 22);
  return {
    key,
    grid,
    purposeIndex: new Map(purposes.map((p, i) => [p.id, i])),
    suppressionSalt: policy.suppressionSalt,
  };
}

// Only what the engine reads of a purpose goes into the fingerprint: renaming a purpose or
// archiving it changes no decision.
function purposeFacts(p: LoadedPurpose) {
  return {
    key: p.key,
    directMarketing: p.directMarketing,
    channels: p.channels,
    similarProductsOnly: p.similarProductsOnly ?? false,
    firstCallMonths: p.firstCallMonths ?? null,
  };
}
