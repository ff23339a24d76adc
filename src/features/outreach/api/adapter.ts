import { ruleSetInForce, type Obligation } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { decideForContact } from "../services/decide-for-contact";
import { decideBatch } from "../services/decide-batch";
import { contactsByIds } from "../services/audience-query";
import { AUDIENCE_BATCH_SIZE } from "../services/decide-audience";
import { getOutreachPolicy } from "../services/get-outreach-settings";
import { getPurposeByKey } from "@/features/purposes";
import { preloadSuppression } from "../services/suppression-source";
import { knownAtOf, type TApiEligibility, type TApiEligibilityBatch } from "./schemas";
import { iso } from "@/server/http/api/common";

/** One decision: the outreach service's decideForContact, as the campaigns and the call list use it. */
export async function decideEligibility(db: Db, body: TApiEligibility) {
  const at = body.at ?? new Date();
  const { decision, knownAt } = await decideForContact(db, {
    contactId: body.contactId,
    purposeKey: body.purpose,
    channel: body.channel,
    commercial: body.commercial,
    address: body.address,
    at,
    knownAt: knownAtOf(body, at),
  });
  return {
    decision: decision.decision,
    rule: decision.rule,
    citation: decision.citation,
    explanation: decision.explanation,
    evidence: decision.evidence.map((e) => ({ type: e.type, id: e.id })),
    contactPointId: decision.contactPointId ?? null,
    ruleSetVersion: decision.ruleSetVersion,
    evidenceStrength: decision.evidenceStrength ?? null,
    obligations: [...decision.obligations],
    at: iso(at),
    knownAt: knownAt ? iso(knownAt) : null,
  };
}

/**
 * Up to 10,000 decisions set-based, on the audience decider's path: the given contacts in pages,
 * facts loaded with one query per related table per page, the suppression list read once, the pure
 * engine in memory. Results come back in the order asked; unknown ids are listed apart.
 */
export async function decideEligibilityBatch(db: Db, body: TApiEligibilityBatch) {
  const at = body.at ?? new Date();
  const ids = [...new Set(body.contactIds.map((id) => id.toLowerCase()))];
  const [purpose, policy] = await Promise.all([getPurposeByKey(db, body.purpose), getOutreachPolicy(db)]);
  const suppression = await preloadSuppression(db, policy.suppressionSalt);
  const knownAt = knownAtOf(body, at);
  const ctx = { purpose, channel: body.channel, commercial: body.commercial, at, knownAt, settings: policy.settings };
  const byId = new Map<
    string,
    { contactId: string; decision: "allow" | "deny"; rule: string; citation: string; obligations: Obligation[] }
  >();
  for (let i = 0; i < ids.length; i += AUDIENCE_BATCH_SIZE) {
    const contacts = await contactsByIds(db, ids.slice(i, i + AUDIENCE_BATCH_SIZE));
    for (const d of await decideBatch(db, contacts, ctx, suppression)) {
      byId.set(d.contactId, {
        contactId: d.contactId,
        decision: d.decision.decision,
        rule: d.decision.rule,
        citation: d.decision.citation,
        obligations: [...d.decision.obligations],
      });
    }
  }
  return {
    results: ids.flatMap((id) => byId.get(id) ?? []),
    notFound: ids.filter((id) => !byId.has(id)),
    ruleSetVersion: ruleSetInForce(at).version,
    at: iso(at),
    knownAt: knownAt ? iso(knownAt) : null,
  };
}
