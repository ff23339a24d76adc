/**
 * The open pixel (ePrivacy art. 5 lid 3, Tw art. 11.7a): placed only when tracking is on, the mail
 * is designed and the person consented; never in plain text; its token is signed per label.
 */
import { describe, expect, it } from "vitest";
import { addOpenPixel, trackingFor } from "@/features/campaigns/design/open-pixel";
import { ZOpenTrackingInput } from "@/features/settings/schemas";
import { createTokenSigner } from "@/server/tokens/signed-token";
import { openPixelUrl, signOpenPixelToken, verifyOpenPixelToken } from "@/server/tokens/open-pixel-token";
import { signPreferenceToken } from "@/server/tokens/preference-token";

describe("trackingFor", () => {
  it("places a pixel only with tracking on, a designed mail and consent", () => {
    expect(trackingFor({ enabled: true, designed: true, consentGiven: true })).toBe("on");
    expect(trackingFor({ enabled: true, designed: true, consentGiven: false })).toBe("no_consent");
    expect(trackingFor({ enabled: false, designed: true, consentGiven: true })).toBe("off");
  });

  it("never in a plain-text mail", () => {
    expect(trackingFor({ enabled: true, designed: false, consentGiven: true })).toBe("off");
  });
});

describe("addOpenPixel", () => {
  it("adds one 1x1 image before the end of the body, escaping the URL", () => {
    const html = addOpenPixel("<html><body><p>Hi</p></body></html>", "https://app.example/api/open/a&b");
    expect(html).toMatch(
      /<p>Hi<\/p><img src="https:\/\/app.example\/api\/open\/a&amp;b" width="1" height="1" alt=""[^>]*\/><\/body>/,
    );
    expect(html.match(/<img/g)).toHaveLength(1);
  });
});

describe("the pixel token", () => {
  const signer = createTokenSigner("x".repeat(40));
  it("names the recipient and cannot be replaced by another public link's token", () => {
    const token = signOpenPixelToken(signer, "r-1");
    const result = verifyOpenPixelToken(signer, token);
    expect(result.ok && result.token.claims.r).toBe("r-1");
    expect(verifyOpenPixelToken(signer, signPreferenceToken(signer, "c-1")).ok).toBe(false);
    expect(openPixelUrl("https://app.example/", token)).toBe(`https://app.example/api/open/${token}`);
  });
});

describe("the setting", () => {
  it("refuses on without a purpose or a justification, naming the field", () => {
    const noPurpose = ZOpenTrackingInput.safeParse({
      enabled: true,
      purposeId: "",
      justification: "Om te leren wat werkt.",
    });
    expect(noPurpose.success).toBe(false);
    expect(noPurpose.error?.issues.map((i) => i.path.join("."))).toEqual(["purposeId"]);
    const noReason = ZOpenTrackingInput.safeParse({
      enabled: true,
      purposeId: "01a22e10-c671-71ad-b6cc-97e75e659bf4",
      justification: " ",
    });
    expect(noReason.error?.issues.map((i) => i.path.join("."))).toEqual(["justification"]);
    expect(ZOpenTrackingInput.safeParse({ enabled: false, purposeId: "", justification: "" }).success).toBe(true);
  });
});
