import type { OutreachInput, RuleId } from "@/domain/outreach";

/** One row of the decision table. `evidence` is "type:id", in the order the engine reports it. */
export interface DecisionCase {
  name: string;
  input: OutreachInput;
  decision: "allow" | "deny";
  rule: RuleId;
  evidence: string[];
  /** Expected contactPointId, when the case is about which point is used. */
  point?: string;
}

/**
 * Citations pinned as literals, so that a change to the catalogue's legal references shows up as
 * a failing test and gets a second look from the privacy officer.
 */
export const CITATIONS: Record<RuleId, string> = {
  erased: "AVG art. 17",
  suppressed: "AVG art. 17",
  restricted: "AVG art. 18 lid 1",
  objection_direct_marketing: "AVG art. 21 lid 2-3",
  withdrawn: "AVG art. 7 lid 3",
  channel_opt_out: "AVG art. 7 lid 3",
  channel_paused: "AVG art. 21 lid 2-3",
  channel_not_in_purpose: "AVG art. 5 lid 1 sub b",
  objection_profiling: "AVG art. 21 lid 1-2",
  purpose_limitation: "AVG art. 5 lid 1 sub b",
  no_contact_point: "AVG art. 5 lid 1 sub d",
  address_undeliverable: "AVG art. 5 lid 1 sub d",
  non_commercial: "AVG art. 6 lid 1 sub b/f",
  consent: "Tw art. 11.7 lid 1; AVG art. 6 lid 1 sub a",
  customer_exception: "Tw art. 11.7 lid 3",
  designated_address: "Tw art. 11.7 lid 1",
  no_consent: "Tw art. 11.7 lid 1",
  consent_expired: "Tw art. 11.7 lid 1; AVG art. 7 lid 1",
  phone_consent_unused: "Gedragscode Telemarketing (herzien oktober 2024); Tw art. 11.7 lid 1",
  consent_unconfirmed: "AVG art. 7 lid 1; Tw art. 11.7 lid 1",
  purchased_list: "AVG art. 4 lid 11; AVG art. 7 lid 1; Tw art. 11.7 lid 1",
  existing_customer: "Tw art. 11.7 lid 3; Gedragscode Telemarketing",
  former_customer: "Tw art. 11.7 lid 3; Gedragscode Telemarketing",
  phone_consent_bundled: "Tw art. 11.7 lid 1; AVG art. 7 lid 2",
  customer_call_needs_consent: "Tw art. 11.7 lid 1 (sinds 1 juli 2026)",
  switchboard_role: "Tw art. 11.7 lid 1; AVG art. 6 lid 1 sub f",
  direct_line_legitimate_interest: "AVG art. 6 lid 1 sub f",
  no_basis_direct_line: "AVG art. 6 lid 1 sub f",
  postal_legitimate_interest: "AVG art. 6 lid 1 sub f; overweging 47",
  postal_consent: "AVG art. 6 lid 1 sub a",
  postal_no_basis: "AVG art. 6 lid 1",
};
