import { describe, expect, it } from "vitest";
import { ZCreatePurposeInput, ZUpdatePurposeInput } from "@/features/purposes/schemas";

const valid = {
  key: "newsletter",
  nameNl: "Nieuwsbrief",
  nameEn: "Newsletter",
  directMarketing: true,
  channels: ["email"],
  textNl: "Tekst",
  textEn: "Text",
};

describe("purpose input", () => {
  it("normalises the key and defaults the DPV term", () => {
    expect(ZCreatePurposeInput.parse({ ...valid, key: " News-Letter_2 " })).toMatchObject({
      key: "news-letter_2",
      dpvPurpose: "dpv:DirectMarketing",
      similarProductsOnly: false,
    });
  });

  it.each(["a", "-news", "news letter", "nieuwsbrief!", "x".repeat(64)])("refuses the key %j", (key) => {
    const r = ZCreatePurposeInput.safeParse({ ...valid, key });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("purposes.errors.keyFormat");
  });

  it("needs a channel, both names and both notice texts", () => {
    const r = ZCreatePurposeInput.safeParse({ ...valid, channels: [], nameEn: " ", textNl: "" });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["nameEn", "validation.required"],
      ["channels", "purposes.errors.channelsRequired"],
      ["textNl", "validation.required"],
    ]);
  });

  it("refuses unknown DPV terms, and channels cannot be changed afterwards", () => {
    expect(ZCreatePurposeInput.safeParse({ ...valid, dpvPurpose: "dpv:Whatever" }).success).toBe(false);
    const update = ZUpdatePurposeInput.parse({
      purposeId: "01890a5d-ac96-774b-bcce-b302099a8057",
      channels: ["phone"],
    } as never);
    expect(update).not.toHaveProperty("channels");
  });
});
