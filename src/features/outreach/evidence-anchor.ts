import type { Evidence } from "@/domain/outreach";

/**
 * Where on the contact page the record that proves a decision is shown. The contact page gives
 * each record an element with this id (e.g. `consent-<recordId>`), so a link from any decision
 * (eligibility panel, campaign report, call list) lands on the proof itself.
 */
const PREFIX: Partial<Record<Evidence["type"], string>> = {
  consent: "consent",
  withdrawal: "consent",
  customer_relationship: "relationship",
  objection: "objection",
  restriction: "restriction",
  legal_basis: "basis",
  designation: "email",
  channel_opt_out: "optout",
};

export function evidenceAnchor(e: Evidence): string | null {
  const prefix = PREFIX[e.type];
  return prefix ? `${prefix}-${e.id}` : null;
}

/** Link to the proving record, or null for organisation-wide evidence (policies, suppression). */
export function evidenceHref(contactId: string, e: Evidence): string | null {
  const anchor = evidenceAnchor(e);
  return anchor ? `/contacts/${contactId}#${anchor}` : null;
}
