import { describe, expect, it } from "vitest";
import {
  DEFAULT_ART14_NOTICE,
  NOTICE_PLACEHOLDERS,
  describeSource,
  noticeTemplate,
  renderNotice,
  unknownPlaceholders,
  type NoticeValues,
} from "@/domain/notices";

const values = (over: Partial<NoticeValues> = {}): NoticeValues => ({
  organisation: "Voorbeeld BV",
  contact: "privacy@voorbeeld.nl",
  source: "een gekochte of gehuurde adressenlijst (Lijstenbureau, maart 2026)",
  purposes: "Nieuwsbrief, Evenementen",
  preferences: "https://crm.voorbeeld.nl/p/abc",
  privacyPolicy: "https://voorbeeld.nl/privacy",
  ...over,
});

describe("the default art. 14 text", () => {
  it("says who we are, where the data came from, the purposes, the right to object and where to do it, in both languages", () => {
    for (const lang of ["nl", "en"] as const) {
      const text = renderNotice(DEFAULT_ART14_NOTICE[lang], values());
      expect(text).toContain("Voorbeeld BV");
      expect(text).toContain("privacy@voorbeeld.nl");
      expect(text).toContain("Lijstenbureau, maart 2026");
      expect(text).toContain("Nieuwsbrief, Evenementen");
      expect(text).toContain("https://crm.voorbeeld.nl/p/abc");
      expect(text).toContain("https://voorbeeld.nl/privacy");
      expect(text).toMatch(lang === "nl" ? /bezwaar maken .*\(AVG art\. 21\)/ : /object .*\(GDPR art\. 21\)/);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it("uses every placeholder the product fills", () => {
    for (const lang of ["nl", "en"] as const)
      for (const p of NOTICE_PLACEHOLDERS) expect(DEFAULT_ART14_NOTICE[lang]).toContain(`{${p}}`);
  });
});

describe("filling a template", () => {
  it("leaves out a line whose placeholder has no value, never a dangling label", () => {
    const text = renderNotice(DEFAULT_ART14_NOTICE.en, values({ privacyPolicy: "", organisation: " " }));
    expect(text).not.toContain("More about how we handle");
    expect(text).not.toContain("We are");
    expect(text).toContain("You can reach us at privacy@voorbeeld.nl.");
  });

  it("keeps an unknown placeholder visible, and names it", () => {
    expect(renderNotice("Hallo {naam}, bron: {source}", values())).toBe(
      "Hallo {naam}, bron: een gekochte of gehuurde adressenlijst (Lijstenbureau, maart 2026)",
    );
    expect(unknownPlaceholders("Hallo {naam} {source} {naam}")).toEqual(["naam"]);
    expect(unknownPlaceholders(DEFAULT_ART14_NOTICE.nl)).toEqual([]);
  });

  it("uses the organisation's own template, the default while it is empty", () => {
    expect(noticeTemplate("", "nl")).toBe(DEFAULT_ART14_NOTICE.nl);
    expect(noticeTemplate("  \n", "en")).toBe(DEFAULT_ART14_NOTICE.en);
    expect(noticeTemplate("Eigen tekst {source}", "nl")).toBe("Eigen tekst {source}");
  });
});

describe("the source as the person reads it (AVG art. 14 lid 2 sub f)", () => {
  it("names the kind of source and the detail we recorded", () => {
    expect(describeSource("referral", "Piet Jansen, Jansen Bouw", "nl")).toBe(
      "een doorverwijzing (Piet Jansen, Jansen Bouw)",
    );
    expect(describeSource("public_source", "https://www.kvk.nl", "en")).toBe("a public source (https://www.kvk.nl)");
    expect(describeSource("purchased_list", null, "en")).toBe("a purchased or rented list");
  });
});
