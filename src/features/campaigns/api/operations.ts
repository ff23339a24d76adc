import { defineOperation } from "@/server/http/api/operation";
import { ZApiReturnedMailQuery, ZApiReturnedMailResult } from "./schemas";

export const returnedMailOp = defineOperation({
  id: "handInReturnedMail",
  method: "POST",
  path: "/returned-mail",
  scope: "campaigns:returned-mail",
  tag: "Campaigns",
  summary: "Hand in a mail that came back to the campaign return path",
  description:
    "For a mail server's pipe (Postfix `pipe` with `curl --data-binary @-`) or a provider's inbound hook, instead of the built-in SMTP receiver. " +
    "The body is the whole message as received (`Content-Type: message/rfc822`), at most 1 MB. " +
    "`recipient` is the envelope recipient (bounces+<token>@...) when known; without it the report is matched by the original Message-ID it quotes. " +
    "A bounce report (RFC 3464) marks the campaign recipient as bounced, and a hard bounce flags the address undeliverable; a spam complaint (RFC 5965) withdraws consent for the campaign's purpose. " +
    "Anything else (an out-of-office reply) is ignored. Nothing of the message is stored. The same report twice changes nothing the second time (`unchanged`).",
  query: ZApiReturnedMailQuery,
  rawBody: { contentType: "message/rfc822", description: "The raw message, at most 1 MB." },
  success: {
    status: 200,
    schema: ZApiReturnedMailResult,
    description: "What the message was and what it changed.",
  },
  problems: ["INVALID_INPUT", "FORBIDDEN"],
  example: { response: { outcome: "recorded", kind: "hard_bounce" } },
});
