import { describe, expect, it } from "vitest";
import { decideOutreach, DEFAULT_OUTREACH_SETTINGS, RULE_SET_VERSIONS } from "@/domain/outreach";
import { aContact, aGrant, aRelationship, anInput, anObjection, aPurpose } from "./builders";

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !(o instanceof Date)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe("decideOutreach is pure", () => {
  it("does not mutate its input and gives the same answer twice", () => {
    const input = deepFreeze(
      anInput({
        purpose: aPurpose({ similarProductsOnly: true }),
        contact: aContact({
          consentEvents: [aGrant()],
          customerRelationships: [aRelationship()],
          objections: [anObjection({ scope: "profiling" })],
        }),
      }),
    );
    const first = decideOutreach(input);
    expect(decideOutreach(input)).toEqual(first);
  });

  it("defaults to the Dutch rule set", () => {
    const input = anInput({ contact: aContact({ consentEvents: [aGrant()] }) });
    expect(decideOutreach(input, "NL")).toEqual(decideOutreach(input));
    for (const v of RULE_SET_VERSIONS.NL) expect(v.jurisdiction).toBe("NL");
  });

  it("ships the documented defaults", () => {
    expect(DEFAULT_OUTREACH_SETTINGS).toMatchObject({
      consentLifetimeDays: null,
      customerExceptionMonthsAfterEnd: 24,
      formerCustomerCallMonths: 36,
      postalLegitimateInterest: true,
    });
  });

  it("omits contactPointId when none was requested and none was used", () => {
    const out = decideOutreach(anInput({ contact: aContact({ erased: true }) }));
    expect(out).not.toHaveProperty("contactPointId");
  });
});
