import { describe, expect, it } from "vitest";
import { guessPhoneKind, optInErrors, optInField, toLocalInput } from "@/features/opt-in/components/opt-in-errors";

describe("opt-in screen: where a server problem is shown", () => {
  it.each([
    ["consents.0.evidence.location", "location"],
    ["consents.1.evidence.grantor.authority", "grantor.authority"],
    ["consents.0.affirmativeAct", "affirmativeAct"],
    ["consents.0.channels.1", "purposes"],
    ["consents.0.attachments.0", "photo"],
    ["consents.0.evidence.attachments", "photo"],
    ["emails.0.address", "email"],
    ["phones.0.number", "phone"],
    ["company.kvkNumber", "kvkNumber"],
    ["company.name", "companyName"],
    ["newContact.firstName", "firstName"],
    ["purposes", "purposes"],
    ["contactId", "contact"],
  ])("%s -> %s", (path, field) => {
    expect(optInField(path)).toBe(field);
  });

  it("shows a problem repeated for every ticked purpose once", () => {
    expect(
      optInErrors({
        "consents.0.evidence.location": "Say where.",
        "consents.1.evidence.location": "Say where.",
        "emails.0.address": "Bad.",
      }),
    ).toEqual({
      location: "Say where.",
      email: "Bad.",
    });
  });
});

describe("opt-in helpers", () => {
  it("guesses mobile for Dutch 06 numbers, direct otherwise", () => {
    expect(guessPhoneKind("06 1234 5678")).toBe("mobile");
    expect(guessPhoneKind("+31 6 12345678")).toBe("mobile");
    expect(guessPhoneKind("030 123 4567")).toBe("direct");
  });

  it("formats a datetime-local value in the device's time zone", () => {
    expect(toLocalInput(new Date(2026, 2, 5, 9, 7))).toBe("2026-03-05T09:07");
  });
});
