/**
 * The permit the mail gate demands (docs/law/outreach-rules.md: nothing leaves without a lawful, explained
 * decision). A permit can only come out of `decideAndPermit`, which runs the rules engine itself:
 * there is no way to build one from a hand-made decision object. Permits are opaque at compile
 * time (a unique-symbol brand) and at run time (a module-private registry), and single-use.
 */
import { decideOutreach, type OutreachDecision, type OutreachInput } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";

declare const brand: unique symbol;

export type SendDecision = {
  readonly contactId: string;
  readonly purposeKey: string;
  readonly channel: Channel;
  readonly commercial: boolean;
  /** The moment the facts were read as of (the engine's `at`). */
  readonly at: Date;
  /** When the engine ran (wall clock). */
  readonly decidedAt: Date;
  readonly decision: OutreachDecision;
};

export type AllowedSend = SendDecision & { readonly [brand]: "AllowedSend" };

const issued = new WeakSet<object>();

/**
 * Runs the engine for one recipient, purpose and moment. Returns the decision, and a permit only
 * when the engine said allow. The only constructor of AllowedSend.
 */
export function decideAndPermit(
  input: OutreachInput,
  now: Date = new Date(),
): { decision: OutreachDecision; permit: AllowedSend | null } {
  const decision = decideOutreach(input);
  if (decision.decision !== "allow") return { decision, permit: null };
  const permit = Object.freeze({
    contactId: input.contact.id,
    purposeKey: input.purpose.key,
    channel: input.channel,
    commercial: input.commercial,
    at: new Date(input.at.getTime()),
    decidedAt: new Date(now.getTime()),
    decision: Object.freeze({
      ...decision,
      evidence: Object.freeze([...decision.evidence]),
      obligations: Object.freeze([...decision.obligations]),
    }) as OutreachDecision,
  }) as AllowedSend;
  issued.add(permit);
  return { decision, permit };
}

/** True only for permits issued by decideAndPermit and not used yet. */
export function isIssuedPermit(x: unknown): x is AllowedSend {
  return typeof x === "object" && x !== null && issued.has(x);
}

/** A permit allows one message: using it retires it, so it cannot carry a second send. */
export function retirePermit(permit: AllowedSend): void {
  issued.delete(permit);
}
