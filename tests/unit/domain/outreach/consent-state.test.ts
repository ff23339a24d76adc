import { describe, expect, it } from "vitest";
import { DEFAULT_OUTREACH_SETTINGS, bundlesPhone, effectiveConsentState } from "@/domain/outreach";
import { NOW, aContact, aGrant, aWithdrawal, d, someSettings } from "./builders";

const state = (events: Parameters<typeof aContact>[0], at = NOW, settings = someSettings()) =>
  effectiveConsentState(aContact(events), { key: "newsletter" }, "email", at, settings);

describe("effectiveConsentState", () => {
  it("none without events", () => {
    expect(state({})).toEqual({ state: "none" });
  });

  it("given, with the deciding event", () => {
    expect(state({ consentEvents: [aGrant()] })).toEqual({
      state: "given",
      eventId: "k1",
      effectiveAt: d("2026-03-01"),
    });
  });

  it("withdrawn after a withdrawal", () => {
    expect(state({ consentEvents: [aGrant(), aWithdrawal()] })).toMatchObject({ state: "withdrawn", eventId: "k2" });
  });

  it("expired after the lifetime, with the expiry moment", () => {
    const s = state({ consentEvents: [aGrant()] }, NOW, someSettings({ consentLifetimeDays: 60 }));
    expect(s).toMatchObject({ state: "expired", eventId: "k1" });
    expect(s.expiresAt?.toISOString()).toBe("2026-04-30T10:00:00.000Z");
  });

  it("expires exactly at the end of the lifetime", () => {
    const settings = someSettings({ consentLifetimeDays: 1 });
    expect(state({ consentEvents: [aGrant()] }, new Date("2026-03-02T09:59:59Z"), settings).state).toBe("given");
    expect(state({ consentEvents: [aGrant()] }, new Date("2026-03-02T10:00:00Z"), settings).state).toBe("expired");
  });

  it("on a tie in time, the withdrawal wins", () => {
    const sameMoment = aWithdrawal({ effectiveAt: d("2026-03-01"), recordedAt: d("2026-03-01") });
    expect(state({ consentEvents: [sameMoment, aGrant()] }).state).toBe("withdrawn");
  });

  it("reads the past: before the withdrawal it was given", () => {
    expect(state({ consentEvents: [aGrant(), aWithdrawal()] }, d("2026-03-20")).state).toBe("given");
  });

  it("per channel: an SMS consent is none for e-mail", () => {
    expect(state({ consentEvents: [aGrant({ channels: ["sms"] })] }).state).toBe("none");
  });

  it("ignores purchased-list grants", () => {
    const listGrant = aGrant({ importedFromList: true });
    expect(state({ provenance: { sourceType: "purchased_list" }, consentEvents: [listGrant] }).state).toBe("none");
    expect(state({ provenance: { sourceType: "import" }, consentEvents: [listGrant] }).state).toBe("given");
  });

  it("accepts the default settings as they are", () => {
    expect(
      effectiveConsentState(
        aContact({ consentEvents: [aGrant()] }),
        { key: "newsletter" },
        "email",
        NOW,
        DEFAULT_OUTREACH_SETTINGS,
      ).state,
    ).toBe("given");
  });
});

describe("bundlesPhone: what a bundled web consent says on its own record", () => {
  it.each([
    [["email", "phone"], "double_opt_in", true],
    [[], "web_form", true],
    [["phone"], "double_opt_in", false],
    [["email"], "web_form", false],
    [["email", "phone"], "verbal_in_person", false],
    [["email", "phone"], "verbal_phone", false],
  ] as const)("%j by %s: %s", (channels, method, expected) => {
    expect(bundlesPhone(aGrant({ channels: [...channels], method }))).toBe(expected);
  });

  it("a withdrawal is never bundled", () => {
    expect(bundlesPhone(aGrant({ action: "withdrawn", channels: ["email", "phone"] }))).toBe(false);
  });
});
