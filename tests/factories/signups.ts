/** Sign-up factories: forms through the real builder service, sign-ups through the real submission. */
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import type { MailTransport } from "@/server/mail/gate";
import { saveSignupForm } from "@/features/signups/services/save-signup-form";
import { submitSignup } from "@/features/signups/services/submit-signup";
import type { TSignupSubmission } from "@/features/signups/schemas";

export const uniqueAddress = () => `lid.${randomBytes(5).toString("hex")}@voorbeeld.nl`;
export const uniqueIp = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

/** An active form offering these purposes, in Dutch and English, asking the name. */
export async function createSignupForm(db: Db, purposeKeys: string[], over: { offerCalls?: boolean } = {}) {
  return saveSignupForm(db, SYSTEM, {
    slug: `form-${randomBytes(4).toString("hex")}`,
    name: "Website footer",
    purposeKeys,
    fields: ["name", "company"],
    languages: ["nl", "en"],
    offerCalls: over.offerCalls ?? false,
    thankYouNl: "Dank u!",
    thankYouEn: "Thank you!",
    organisationName: "Bakkerij Visser BV",
    privacyPolicyUrl: "https://bakkerij-visser.example/privacy",
  });
}

/** A pending sign-up (not confirmed), as the hosted page submits it. */
export async function createPendingSignup(
  db: Db,
  transport: MailTransport,
  purposes: string[],
  over: Partial<TSignupSubmission> = {},
  opts: { now?: Date } = {},
) {
  const input = {
    email: uniqueAddress(),
    firstName: "Joost",
    lastName: "Visser",
    purposes,
    language: "nl" as const,
    ip: uniqueIp(),
    userAgent: "Mozilla/5.0 (submission)",
    ...over,
  };
  const result = await submitSignup(db, SYSTEM, input, { transport, via: "hosted", now: opts.now });
  return { ...result, input };
}
