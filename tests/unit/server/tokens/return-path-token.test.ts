import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTokenSigner } from "@/server/tokens/signed-token";
import {
  matchReturnPath,
  RETURN_PATH_TOKEN_LENGTH,
  signReturnPathToken,
  verifyReturnPathToken,
  verpAddress,
} from "@/server/tokens/return-path-token";

const signer = createTokenSigner("r".repeat(40));
const other = createTokenSigner("s".repeat(40));
const now = new Date("2026-11-30T12:00:00Z");

describe("the return-path (VERP) token", () => {
  it("round-trips a recipient id, also when a mail server changed the case of the local part", () => {
    for (let i = 0; i < 50; i++) {
      const id = randomUUID();
      const token = signReturnPathToken(signer, id, now);
      expect(verifyReturnPathToken(signer, token, now)).toBe(id);
      expect(verifyReturnPathToken(signer, token.toUpperCase(), now)).toBe(id);
    }
  });

  it("uses only lower-case letters and digits, and fits a 64-character local part after an 18-character base", () => {
    const token = signReturnPathToken(signer, randomUUID(), now);
    expect(token).toMatch(/^[a-z2-7]+$/);
    expect(token).toHaveLength(RETURN_PATH_TOKEN_LENGTH);
    const address = verpAddress(`${"b".repeat(18)}@mail.example.com`, token);
    expect(address.split("@")[0].length).toBeLessThanOrEqual(64);
  });

  it("refuses another key, an altered token and an expired one; a late bounce within a year is fine", () => {
    const token = signReturnPathToken(signer, randomUUID(), now);
    expect(verifyReturnPathToken(other, token, now)).toBeNull();
    const altered = token.slice(0, 3) + (token[3] === "a" ? "b" : "a") + token.slice(4);
    expect(verifyReturnPathToken(signer, altered, now)).toBeNull();
    expect(verifyReturnPathToken(signer, token.slice(1), now)).toBeNull();
    expect(verifyReturnPathToken(signer, "not a token at all", now)).toBeNull();
    expect(verifyReturnPathToken(signer, token, new Date(now.getTime() + 60 * 86_400_000))).not.toBeNull();
    expect(verifyReturnPathToken(signer, token, new Date(now.getTime() + 401 * 86_400_000))).toBeNull();
  });

  // Made by the hand-written base32 this module had before it used an RFC 4648 library. Tokens like
  // these are in the return path of mail already sent and stay valid for 400 days, so the encoding
  // must not change by a byte and decoding must still take them in any case.
  it("reads and writes tokens exactly as the earlier hand-written base32 did", () => {
    const fixtures = [
      { id: "3f2a9c1e-7b4d-4e8a-9c61-0d5e2b7f4a13", token: "h4vjyht3jvhivhdbbvpcw72kcnjmgoxbbi2ooydilupes" },
      { id: "00000000-0000-4000-8000-000000000000", token: "aaaaaaaaabaabaaaaaaaaaaaabjmhd2sz45zrgd6iprdy" },
    ];
    for (const { id, token } of fixtures) {
      expect(signReturnPathToken(signer, id, now)).toBe(token);
      expect(verifyReturnPathToken(signer, token, now)).toBe(id);
      expect(verifyReturnPathToken(signer, token.toUpperCase(), now)).toBe(id);
      const mixed = [...token].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch)).join("");
      expect(verifyReturnPathToken(signer, mixed, now)).toBe(id);
    }
  });

  it("matches the return path and its +token variants only, on the same domain", () => {
    const base = "bounces@mail.example.com";
    expect(verpAddress(base, "abc")).toBe("bounces+abc@mail.example.com");
    expect(matchReturnPath(base, "bounces+abc@mail.example.com")).toEqual({ token: "abc" });
    expect(matchReturnPath(base, "Bounces+abc@MAIL.example.com")).toEqual({ token: "abc" });
    expect(matchReturnPath(base, "bounces@mail.example.com")).toEqual({ token: null });
    expect(matchReturnPath(base, "bouncesx@mail.example.com")).toBeNull();
    expect(matchReturnPath(base, "bounces+abc@example.com")).toBeNull();
    expect(matchReturnPath(base, "postmaster@mail.example.com")).toBeNull();
  });
});
