import { z } from "zod";
import { ZSignupSubmission } from "../schemas";

/**
 * A sign-up posted by a site with its own form. The same schema as the hosted page's, with the
 * defaults spelled out for the OpenAPI document: a field documented as optional stays optional.
 */
export const ZApiSignup = ZSignupSubmission.extend({
  email: ZSignupSubmission.shape.email.describe("The address the person typed; the confirmation link is mailed there."),
  purposes: ZSignupSubmission.shape.purposes.describe(
    "Keys of the purposes the person ticked for e-mail (boxes must not be pre-ticked). Each must be active and offered by e-mail. " +
      "Default: none; at least one of `purposes` and `callPurposes` names a purpose.",
  ),
  callPurposes: ZSignupSubmission.shape.callPurposes.describe(
    'Keys of the purposes the person ticked a separate, unticked "you may call me about …" box for, with `phone`. Consent to be ' +
      "called is its own act: it is recorded as a consent for phone alone. Default: none.",
  ),
  language: ZSignupSubmission.shape.language.describe('Language of the confirmation mail and page. Default: "nl".'),
  ip: ZSignupSubmission.shape.ip.describe("The person's IP address as your site saw it (evidence of the submission)."),
  userAgent: ZSignupSubmission.shape.userAgent.describe(
    "The person's browser user agent (evidence of the submission).",
  ),
  formId: ZSignupSubmission.shape.formId.describe(
    "A sign-up form built in Grondslag whose current version the person saw. Default: none (the sign-up is recorded as an API sign-up).",
  ),
  noticeVersions: ZSignupSubmission.shape.noticeVersions.describe(
    "The notice version shown per purpose key. Default: each purpose's current notice version.",
  ),
  calls: ZSignupSubmission.shape.calls.describe(
    "Older form of `callPurposes`: the person ticked one separate box for phone calls (with `phone`), for every purpose in " +
      "`purposes` that offers phone. Default: false.",
  ),
}).refine(
  // Checked alongside the other fields (not only once they are valid), so one answer names every problem.
  (v) =>
    (Array.isArray(v.purposes) ? v.purposes.length : 0) + (Array.isArray(v.callPurposes) ? v.callPurposes.length : 0) >
    0,
  {
    path: ["purposes"],
    error: "signups.errors.purposesRequired",
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  },
);

export const ZApiSignupAccepted = z.object({
  id: z.uuid(),
  status: z.literal("pending"),
});
