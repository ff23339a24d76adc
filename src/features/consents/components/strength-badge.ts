import type { EvidenceStrength } from "@/domain/consent";

/** One colour per evidence strength, everywhere it is shown (timeline, opt-in, contact page). */
export const STRENGTH_TONE: Record<EvidenceStrength, "green" | "slate" | "amber"> = {
  strong: "green",
  standard: "slate",
  weak: "amber",
};
