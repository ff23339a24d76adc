import type { EmailKind } from "@/domain/vocabulary";
import { emailLocalPart } from "./normalise-email";
import { isGenericMailbox } from "./is-generic-mailbox";

/**
 * A first guess at the kind of an address, for the form to pre-select; the user confirms it.
 * Never suggests "designated_commercial": that an address was published or provided FOR
 * commercial messages is a fact about where and how the company said so (Tw art. 11.7), which
 * must be recorded with evidence, not guessed from the name (acquisitie@ may well not be).
 * Returns null when the input is not an e-mail address.
 */
export function suggestEmailKind(raw: string): Extract<EmailKind, "personal" | "generic"> | null {
  const local = emailLocalPart(raw);
  if (local === null) return null;
  return isGenericMailbox(local) ? "generic" : "personal";
}
