/**
 * What a person typed on a public form travels back to it after a refused submission in a short-
 * lived, signed cookie on the form's own path: only what the route put there, only briefly, and
 * never the render stamp, the honeypot or the notice versions.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { clearFlashCookie, flashCookie, readFlash } from "@/server/http/form-flash";
import { SIGNUP_FLASH, signupFlashValues, signupTypedFromFlash } from "@/features/signups/signup-flash";

const valueOf = (cookie: string) => cookie.split(";")[0].split("=").slice(1).join("=");

describe("the form flash cookie", () => {
  const now = new Date("2026-11-30T10:00:00Z");

  it("carries the values back to the page on the form's path, for two minutes", () => {
    const cookie = flashCookie("x-typed", { email: "a@voorbeeld.nl", purpose: ["news"] }, "/f/news", now)!;
    expect(cookie).toMatch(/; Path=\/f\/news; Max-Age=120; HttpOnly; SameSite=Lax/);
    expect(readFlash("x-typed", valueOf(cookie), now)).toEqual({ email: "a@voorbeeld.nl", purpose: ["news"] });
    expect(readFlash("x-typed", valueOf(cookie), new Date(now.getTime() + 121_000))).toBeNull();
  });

  it("shows nothing it did not sign itself, nor another form's values", () => {
    const cookie = flashCookie("x-typed", { email: "a@voorbeeld.nl" }, "/f/news", now)!;
    const [v, payload, mac] = valueOf(cookie).split(".");
    const forged = Buffer.from(
      JSON.stringify({ n: "x-typed", v: '{"email":"evil"}', l: "form-flash", jti: "j", iat: 1, exp: 9e9 }),
    ).toString("base64url");
    expect(readFlash("x-typed", `${v}.${forged}.${mac}`, now)).toBeNull();
    expect(readFlash("y-typed", `${v}.${payload}.${mac}`, now)).toBeNull();
    expect(readFlash("x-typed", undefined, now)).toBeNull();
  });

  it("is not set when it would not fit in a cookie, and is cleared after a success", () => {
    expect(flashCookie("x-typed", { details: "x".repeat(5000) }, "/f/news", now)).toBeNull();
    expect(clearFlashCookie("x-typed", "/f/news")).toMatch(/^x-typed=; Path=\/f\/news; Max-Age=0/);
  });
});

describe("what a hosted sign-up carries back", () => {
  it("the person's entries and ticks and the fields refused; not the stamp, honeypot or notice versions", () => {
    const data = new FormData();
    for (const [k, v] of [
      ["t", "v1.stamp"],
      ["website", ""],
      ["nv.news", "2"],
      ["email", "sanne@voorbeeld.nl"],
      ["firstName", "Sanne"],
      ["purpose", "news"],
      ["call", "news"],
      ["phone", ""],
    ])
      data.append(k, v);
    const error = new AppError("INVALID_INPUT", "no number", {
      fields: [{ field: "phone", message: "no number", key: "signups.errors.phoneRequired" }],
    });
    const values = signupFlashValues(data, error);
    expect(Object.keys(values).sort()).toEqual(["call", "email", "errors", "firstName", "purpose"]);
    const cookie = flashCookie(SIGNUP_FLASH, values, "/f/news")!;
    expect(signupTypedFromFlash(readFlash(SIGNUP_FLASH, valueOf(cookie)))).toEqual({
      text: { email: "sanne@voorbeeld.nl", firstName: "Sanne" },
      purposes: ["news"],
      calls: ["news"],
      errors: { phone: "signups.errors.phoneRequired" },
    });
  });
});
