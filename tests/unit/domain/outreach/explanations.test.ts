import { describe, expect, it } from "vitest";
import { decideOutreach, isoDateAmsterdam } from "@/domain/outreach";
import {
  ADDRESS,
  DESIGNATED_EMAIL,
  DIRECT,
  aContact,
  aGrant,
  aRelationship,
  aWithdrawal,
  anInput,
  d,
  someSettings,
} from "./builders";

describe("explanations", () => {
  it("name the purpose, channel and date of a consent", () => {
    const out = decideOutreach(anInput({ contact: aContact({ consentEvents: [aGrant()] }) }));
    expect(out.explanation).toEqual({
      nl: "Toestemming voor 'newsletter' via e-mail gegeven op 2026-03-01.",
      en: "Consent for 'newsletter' by e-mail given on 2026-03-01.",
    });
  });

  it("give the date of a withdrawal", () => {
    const out = decideOutreach(anInput({ contact: aContact({ consentEvents: [aGrant(), aWithdrawal()] }) }));
    expect(out.explanation.nl).toBe("Toestemming voor 'newsletter' via e-mail is ingetrokken op 2026-04-01.");
    expect(out.explanation.en).toBe("Consent for 'newsletter' by e-mail was withdrawn on 2026-04-01.");
  });

  it("give both dates of an expired consent", () => {
    const settings = someSettings({ consentLifetimeDays: 365 });
    const contact = aContact({
      consentEvents: [aGrant({ effectiveAt: d("2025-03-01"), recordedAt: d("2025-03-01") })],
    });
    const out = decideOutreach(anInput({ settings, contact }));
    expect(out.explanation).toEqual({
      nl: "Toestemming voor 'newsletter' via e-mail van 2025-03-01 is verlopen op 2026-03-01: ze geldt 365 dagen (algemene instelling van de organisatie).",
      en: "Consent for 'newsletter' by e-mail given on 2025-03-01 expired on 2026-03-01: it holds for 365 days (the organisation's general setting).",
    });
  });

  it("say where and when a designation was seen", () => {
    const out = decideOutreach(anInput({ contact: aContact({ emails: [DESIGNATED_EMAIL] }) }));
    expect(out.explanation.nl).toContain("(website /contact, vastgesteld op 2026-02-01)");
  });

  it("give the window of a former customer", () => {
    const rel = aRelationship({ since: d("2020-01-01"), until: d("2024-06-01") });
    const out = decideOutreach(
      anInput({
        channel: "phone",
        contact: aContact({ legalForm: "none", phones: [DIRECT], customerRelationships: [rel] }),
      }),
    );
    expect(out.explanation.en).toContain("ended on 2024-06-01: calls are allowed until 2027-06-01");
  });

  it("use the Dutch channel names in Dutch", () => {
    const purpose = { key: "x", directMarketing: true, channels: ["email" as const] };
    const out = decideOutreach(
      anInput({ channel: "phone", purpose, contact: aContact({ postalAddresses: [ADDRESS] }) }),
    );
    expect(out.explanation).toEqual({
      nl: "Het doel 'x' is niet vastgelegd voor het kanaal telefoon.",
      en: "The purpose 'x' is not defined for the phone channel.",
    });
  });

  it("use the corrected date after a correction", () => {
    const contact = aContact({
      consentEvents: [
        aGrant(),
        aGrant({ id: "k2", correctsId: "k1", effectiveAt: d("2026-02-01"), recordedAt: d("2026-03-05") }),
      ],
    });
    expect(decideOutreach(anInput({ contact })).explanation.nl).toContain("gegeven op 2026-02-01");
  });

  it("write dates as the calendar day in Amsterdam, not UTC", () => {
    expect(isoDateAmsterdam(new Date("2026-02-28T23:30:00Z"))).toBe("2026-03-01");
    expect(isoDateAmsterdam(new Date("2026-07-31T22:30:00Z"))).toBe("2026-08-01");
    expect(isoDateAmsterdam(new Date("2026-07-31T21:30:00Z"))).toBe("2026-07-31");
    const late = new Date("2026-02-28T23:30:00Z");
    const out = decideOutreach(
      anInput({ contact: aContact({ consentEvents: [aGrant({ effectiveAt: late, recordedAt: late })] }) }),
    );
    expect(out.explanation.en).toContain("given on 2026-03-01");
  });
});
