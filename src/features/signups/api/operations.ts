import { defineOperation } from "@/server/http/api/operation";
import { ZApiSignup, ZApiSignupAccepted } from "./schemas";

export const submitSignupOp = defineOperation({
  id: "submitSignup",
  method: "POST",
  path: "/signups",
  scope: "consents:write",
  tag: "Consent",
  summary: "Sign a person up (double opt-in): a confirmation link is mailed; consent exists only once it is confirmed",
  description:
    "Stores a pending sign-up with the submission's time, IP and user agent, and mails the person a signed, single-use, " +
    "expiring link. Until the person confirms there is no consent and the eligibility check answers deny. A second sign-up " +
    "for a pending address re-sends the link once; the answer is the same 202 either way. Rate-limited per address, IP and form (429). " +
    "At least one of `purposes` (e-mail) and `callPurposes` (calls, each recorded as a consent for phone alone) names a purpose.",
  body: ZApiSignup,
  success: { status: 202, schema: ZApiSignupAccepted, description: "The sign-up is pending confirmation." },
  problems: ["INVALID_INPUT", "FORBIDDEN"],
  example: {
    request: {
      email: "joost@bakkerij-visser.nl",
      firstName: "Joost",
      purposes: ["newsletter"],
      language: "nl",
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0",
    },
    response: { id: "01936d3c-6a0e-7cc1-9a4e-2b6f4f1d2e3a", status: "pending" },
  },
});
