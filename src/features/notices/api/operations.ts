import { defineOperation } from "@/server/http/api/operation";
import { ZIdParams } from "@/server/http/api/params";
import { ZApiNotice, ZApiRecordNotice } from "./schemas";

export const recordNoticeOp = defineOperation({
  id: "recordNotice",
  method: "POST",
  path: "/contacts/{id}/notices",
  scope: "notices:write",
  tag: "Consent",
  summary: "Record that the contact was given the information of AVG art. 14",
  description:
    "A contact whose data we did not get from them (a public source, a purchased or rented list, a referral) must be told who we are, why we " +
    "hold their data, where it came from and that they may object, within one month of collection and at the latest with the first " +
    'communication (AVG art. 14 lid 3, art. 21 lid 4). While that is due, eligibility decisions carry `obligations: ["art14_notice"]`. ' +
    "Record here a notice your own system gave (a letter, a mail, a call); the product's own campaign mails, call lists and print files " +
    "record theirs by themselves.\n\n" +
    "`kind`: `art14`. `channel`: how the person was told (`email`, `sms`, `phone`, `post`). `at` (optional, default now): when; not in the " +
    "future and not before the contact's data was collected (400 naming `at`). Notices are append-only.",
  params: ZIdParams,
  body: ZApiRecordNotice,
  success: { status: 201, schema: ZApiNotice, description: "The notice as recorded." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
  example: {
    request: { kind: "art14", channel: "post", at: "2026-11-23T09:00:00Z" },
    response: {
      id: "0193a5b2-9e3a-7f51-9c83-4b2e3a6d7c8f",
      contactId: "0193a5b2-7c1e-7d3f-9a61-2f0c1e4b5a6d",
      kind: "art14",
      channel: "post",
      givenAt: "2026-11-23T09:00:00.000Z",
      recordedAt: "2026-11-23T09:05:12.000Z",
      recordedVia: "api_key",
    },
  },
});
