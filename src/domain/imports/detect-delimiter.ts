/**
 * The delimiter of a CSV file, from its header line: the candidate that occurs most often outside
 * quotes. Dutch Excel writes ";" (the comma is the decimal separator), others "," or tab.
 */
const CANDIDATES = [",", ";", "\t", "|"] as const;

export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ",";
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}
