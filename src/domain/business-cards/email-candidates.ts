import { normaliseEmail } from "@/domain/contact-points/normalise-email";

/**
 * E-mail addresses in one OCR line, checked by the contact-points normaliser. OCR misreads are
 * repaired only where the repair cannot turn one valid address into another:
 * - "©", "®", "(at)", "[at]" for "@" (no address contains them);
 * - spaces around "@" and "." (the engine splits words at punctuation);
 * - a comma or "·" for the dot before the top-level domain;
 * - digits in the top-level domain ("n1" -> "nl", "c0m" -> "com") and "corn" for "com":
 *   top-level domains are letters only, and there is no ".corn", so these are always misreads.
 * Local part and domain labels are left alone: "info0" and "bureau10" are real names, and a guess
 * there could propose another person's address.
 */
export interface EmailCandidate {
  email: string;
  /** 1 when read as printed, lower when a repair was needed. */
  certainty: number;
}

const LABEL = /^\s*(e-?mail|email|mail|e)\s*[:.]?\s+/i;
const AT_LOOKALIKES = /\s*(?:©|®|\(at\)|\[at\]|\{at\})\s*/gi;
const TLD_FIXES: Record<string, string> = {
  n1: "nl",
  c0m: "com",
  corn: "com",
  c0rn: "com",
  "0rg": "org",
  d3: "de",
  b3: "be",
};

export function emailCandidates(text: string): EmailCandidate[] {
  const unlabelled = text.replace(LABEL, "");
  const line = unlabelled
    .replace(AT_LOOKALIKES, "@")
    .replace(/\s*@\s*/g, "@")
    .replace(/(?<=[\w-])\s*\.\s+(?=[a-z])|(?<=[\w-])\s+\.\s*(?=[a-z])/gi, ".");
  const repaired = line !== unlabelled;
  const out: EmailCandidate[] = [];
  for (const raw of line.split(/[\s;|<>()[\]"]+/)) {
    if (!raw.includes("@")) continue;
    let token = raw.replace(/^[^\w]+/, "").replace(/[.,:;]+$/, "");
    let fixed = false;
    // A comma or middle dot before the last label: "bedrijf,nl".
    token = token.replace(/[,·](?=[a-z0-9]{2,4}$)/i, () => ((fixed = true), "."));
    const tld = /\.([^.@]+)$/.exec(token);
    const fix = tld ? TLD_FIXES[tld[1].toLowerCase()] : undefined;
    if (tld && fix) {
      token = token.slice(0, tld.index + 1) + fix;
      fixed = true;
    }
    const email = normaliseEmail(token);
    if (email && !out.some((c) => c.email === email)) out.push({ email, certainty: repaired || fixed ? 0.85 : 1 });
  }
  return out;
}
