import { CLOCK_SKEW_MS } from "./clock-skew";

export interface NoticeVersionFact {
  version: number;
  /** When the version was published in the product. */
  createdAt: Date;
}

/**
 * The notice version that was current for a purpose when consent was given: the newest version
 * published by `capturedAt` (with the same clock allowance as the capture time itself). null when
 * the consent is dated before the purpose's first notice: then nobody can say which text the
 * person saw, and the consent is not shown to be informed (AVG art. 4 punt 11, art. 13).
 */
export function inferNoticeVersion(notices: readonly NoticeVersionFact[], capturedAt: Date): number | null {
  const limit = capturedAt.getTime() + CLOCK_SKEW_MS;
  const published = notices.filter((n) => n.createdAt.getTime() <= limit);
  if (published.length === 0) return null;
  return published.reduce((a, b) => (b.version > a.version ? b : a)).version;
}
