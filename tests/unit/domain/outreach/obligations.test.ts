import { describe, expect, it } from "vitest";
import { decideOutreach, factsKnownAt } from "@/domain/outreach";
import { aContact, aGrant, anInput, anObjection, aRestriction, d, NOW } from "./builders";

/** AVG art. 14 lid 3: while the notice is due, every decision carries it, and it never decides. */
describe("obligations travel with the decision", () => {
  const bought = (over: Parameters<typeof aContact>[0] = {}) =>
    aContact({ provenance: { sourceType: "purchased_list", collectedAt: d("2026-05-01") }, ...over });

  it("are always present, empty for a contact whose data came from themselves", () => {
    expect(decideOutreach(anInput()).obligations).toEqual([]);
    expect(decideOutreach(anInput({ contact: aContact({ consentEvents: [aGrant()] }) })).obligations).toEqual([]);
  });

  it("carry art14_notice for a purchased-list, public-source or referral contact, on allow and on deny alike", () => {
    for (const sourceType of ["purchased_list", "public_source", "referral"] as const) {
      const contact = aContact({ provenance: { sourceType, publishedForPurposeKey: "newsletter" } });
      const post = decideOutreach(
        anInput({ contact: { ...contact, postalAddresses: [{ id: "a1" }] }, channel: "post" }),
      );
      expect(post.decision).toBe("allow");
      expect(post.obligations).toEqual(["art14_notice"]);
      const mail = decideOutreach(anInput({ contact }));
      expect(mail.decision).toBe("deny");
      expect(mail.obligations).toEqual(["art14_notice"]);
    }
  });

  it("never change the outcome: the same facts with and without the notice decide alike", () => {
    const cases = [
      bought({ consentEvents: [aGrant()] }),
      bought({ objections: [anObjection()] }),
      bought({ restrictions: [aRestriction()] }),
      bought({ postalAddresses: [{ id: "a1" }] }),
    ];
    for (const contact of cases)
      for (const channel of ["email", "post", "phone"] as const) {
        const due = decideOutreach(anInput({ contact, channel }));
        const told = decideOutreach(
          anInput({
            contact: { ...contact, notices: [{ id: "n1", kind: "art14", givenAt: d("2026-05-10") }] },
            channel,
          }),
        );
        expect(told.obligations).toEqual([]);
        expect({ ...told, obligations: due.obligations }).toEqual(due);
      }
  });

  it("end when the notice was given by the decision's moment, and count it only as recorded by knownAt", () => {
    const contact = bought({
      consentEvents: [aGrant()],
      notices: [{ id: "n1", kind: "art14", givenAt: d("2026-05-10"), recordedAt: d("2026-05-20") }],
    });
    expect(decideOutreach(anInput({ contact, at: d("2026-05-09") })).obligations).toEqual(["art14_notice"]);
    expect(decideOutreach(anInput({ contact, at: NOW })).obligations).toEqual([]);
    // The send gate on 15 May did not know yet that the notice had been given on the 10th.
    expect(decideOutreach(anInput({ contact, at: d("2026-05-15"), knownAt: d("2026-05-15") })).obligations).toEqual([
      "art14_notice",
    ]);
    expect(factsKnownAt(contact, d("2026-05-15")).notices).toEqual([]);
  });

  it("are not owed to an erased contact, nor for a moment before we had the data", () => {
    expect(decideOutreach(anInput({ contact: bought({ erased: true }) })).obligations).toEqual([]);
    expect(decideOutreach(anInput({ contact: bought(), at: d("2026-04-01") })).obligations).toEqual([]);
  });
});
