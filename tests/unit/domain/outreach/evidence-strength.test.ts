import { describe, expect, it } from "vitest";
import { decideOutreach, effectiveConsentState } from "@/domain/outreach";
import { aContact, aGrant, anInput, d, NOW, someSettings } from "./builders";

/** A phone opt-in with our notes only (no recording), optionally confirmed in writing at `confirmedAt`. */
const phoneGrant = (confirmedAt: Date | null = null) =>
  aGrant({ method: "verbal_phone", evidence: { hasAttachment: false, confirmedAt } });

const withGrant = (grant = phoneGrant(), settings = someSettings()) =>
  anInput({ contact: aContact({ consentEvents: [grant] }), settings });

describe("evidence strength in the outreach decision", () => {
  it("uses weak phone consent by default and says the proof is weak", () => {
    const out = decideOutreach(withGrant());
    expect(out).toMatchObject({ decision: "allow", rule: "consent", evidenceStrength: "weak" });
    expect(out.explanation.en).toBe(
      "Consent for 'newsletter' by e-mail given on 2026-03-01. Evidence: weak (by phone, not yet confirmed in writing).",
    );
    expect(out.explanation.nl).toContain("Bewijs: zwak");
  });

  it("does not use weak consent when the organisation waits for written confirmation", () => {
    const out = decideOutreach(withGrant(phoneGrant(), someSettings({ weakConsentUsable: false })));
    expect(out).toMatchObject({ decision: "deny", rule: "consent_unconfirmed" });
    expect(out.evidence).toEqual([
      { type: "consent", id: "k1" },
      { type: "policy", id: "weak-consent-policy" },
    ]);
  });

  it("uses the consent from the moment the person confirmed it, and then calls it strong", () => {
    const settings = someSettings({ weakConsentUsable: false });
    const confirmed = phoneGrant(d("2026-05-01"));
    expect(decideOutreach(withGrant(confirmed, settings))).toMatchObject({
      decision: "allow",
      rule: "consent",
      evidenceStrength: "strong",
    });
    // Replayed for a moment before the confirmation: still unconfirmed then.
    const before = { ...withGrant(confirmed, settings), at: d("2026-04-01") };
    expect(decideOutreach(before)).toMatchObject({ decision: "deny", rule: "consent_unconfirmed" });
  });

  it("a recording makes phone consent strong, usable under either setting", () => {
    const recorded = aGrant({ method: "verbal_phone", evidence: { hasAttachment: true } });
    const out = decideOutreach(withGrant(recorded, someSettings({ weakConsentUsable: false })));
    expect(out).toMatchObject({ decision: "allow", evidenceStrength: "strong" });
  });

  it("a withdrawal still wins over a weak grant", () => {
    const contact = aContact({
      consentEvents: [phoneGrant(), aGrant({ id: "k2", action: "withdrawn", effectiveAt: d("2026-04-01") })],
    });
    expect(decideOutreach(anInput({ contact }))).toMatchObject({ decision: "deny", rule: "withdrawn" });
  });

  it("facts without evidence details keep the old explanation (strength unknown)", () => {
    const out = decideOutreach(withGrant(aGrant()));
    expect(out.evidenceStrength).toBeUndefined();
    expect(out.explanation.en).toBe("Consent for 'newsletter' by e-mail given on 2026-03-01.");
  });

  it("the consent state carries the strength", () => {
    const state = effectiveConsentState(
      aContact({ consentEvents: [phoneGrant()] }),
      { key: "newsletter" },
      "email",
      NOW,
      someSettings(),
    );
    expect(state).toMatchObject({ state: "given", evidenceStrength: "weak" });
  });
});
