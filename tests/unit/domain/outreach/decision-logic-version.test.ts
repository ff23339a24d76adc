/**
 * Stored decisions are answers of the engine as it was when they were made. When the engine's
 * code changes, DECISION_LOGIC_VERSION must go up, so that every stored answer is made again by
 * the new code. This test holds a fingerprint of the engine's source per version and fails when
 * the code changed but the version did not.
 *
 * When it fails after a change to the engine: raise DECISION_LOGIC_VERSION in
 * src/domain/outreach/decision-grid.ts and add the fingerprint it prints under the new number.
 * (A change that cannot change any decision, such as a comment or an explanation's wording, may
 * keep the version: then replace the fingerprint of the current version instead.)
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECISION_LOGIC_VERSION } from "@/domain/outreach";

const FINGERPRINTS: Record<number, string> = {
  1: "fc136eee797e712e",
  2: "16a615470051d6f7",
};

const root = path.resolve(import.meta.dirname, "../../../../src/domain");
// The engine and everything in the domain it reads.
const SOURCES = [
  "outreach",
  "consent/evidence-strength.ts",
  "notices/art14.ts",
  "requests/compute-due-at.ts",
  "calendar.ts",
  "vocabulary.ts",
];

function files(p: string): string[] {
  const full = path.join(root, p);
  if (statSync(full).isFile()) return [p];
  return readdirSync(full).flatMap((f) => files(path.join(p, f)));
}

function fingerprint(): string {
  const hash = createHash("sha256");
  for (const f of SOURCES.flatMap(files).sort())
    hash.update(`${f}\n${readFileSync(path.join(root, f), "utf8").replace(/\r\n/g, "\n")}\n`);
  return hash.digest("hex").slice(0, 16);
}

describe("the decision logic version", () => {
  it("changes whenever the engine's code does", () => {
    const now = fingerprint();
    expect(
      FINGERPRINTS[DECISION_LOGIC_VERSION],
      `The engine's source changed (fingerprint ${now}). Raise DECISION_LOGIC_VERSION and record this fingerprint under it.`,
    ).toBe(now);
  });
});
