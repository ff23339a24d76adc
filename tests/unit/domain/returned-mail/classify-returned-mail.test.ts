import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyReturnedMail, parseFieldBlocks } from "@/domain/returned-mail";
import { readReturnedMail } from "@/features/campaigns/returned-mail/read-returned-mail";

const fixture = (name: string) => readFileSync(path.join("tests/fixtures/returned-mail", name));

async function classify(name: string) {
  const input = await readReturnedMail(fixture(name));
  return input ? classifyReturnedMail(input) : { kind: "not_a_report", why: "unreadable" };
}

describe("classifying a returned mail", () => {
  it("a Postfix DSN with Action failed and Status 5.1.1 is a hard bounce naming the original Message-ID", async () => {
    expect(await classify("postfix-hard-5.1.1.eml")).toEqual({
      kind: "hard_bounce",
      status: "5.1.1",
      originalMessageId: "<ORIGINALMESSAGEID>",
    });
  });

  it("a DSN with Action delayed and Status 4.4.1 is a soft bounce", async () => {
    expect(await classify("delayed-4.4.1.eml")).toMatchObject({ kind: "soft_bounce", status: "4.4.1" });
  });

  it("an Exchange DSN (quoted report-type, the whole message returned) is a hard bounce", async () => {
    expect(await classify("exchange-5.4.1.eml")).toEqual({
      kind: "hard_bounce",
      status: "5.4.1",
      originalMessageId: "<ORIGINALMESSAGEID>",
    });
  });

  it("an ARF abuse report is a complaint, with the relaying provider and the original Message-ID", async () => {
    expect(await classify("arf-abuse.eml")).toEqual({
      kind: "complaint",
      feedbackType: "abuse",
      provider: "fbl.mailbox-provider.example",
      originalMessageId: "<ORIGINALMESSAGEID>",
    });
  });

  it("an out-of-office reply is not a report, even though it names the original message", async () => {
    expect(await classify("out-of-office.eml")).toEqual({ kind: "not_a_report", why: "not_a_report" });
  });

  it("garbage is not a report", async () => {
    expect((await classify("garbage.eml")).kind).toBe("not_a_report");
    expect(await readReturnedMail(Buffer.alloc(0))).toBeNull();
  });

  it("a DSN that reports only a delivery is no bounce; a failed 4.x.x is soft, never hard", () => {
    const dsn = (fields: string) => ({
      contentType: "multipart/report",
      reportType: "delivery-status",
      from: null,
      parts: [{ contentType: "message/delivery-status", text: `Reporting-MTA: dns; mx\n\n${fields}` }],
      body: "",
    });
    expect(
      classifyReturnedMail(dsn("Final-Recipient: rfc822; a@example.net\nAction: delivered\nStatus: 2.0.0")),
    ).toEqual({ kind: "not_a_report", why: "no_failure" });
    expect(
      classifyReturnedMail(dsn("Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 4.4.7")),
    ).toMatchObject({ kind: "soft_bounce", status: "4.4.7" });
    expect(classifyReturnedMail({ ...dsn(""), reportType: "disposition-notification" })).toEqual({
      kind: "not_a_report",
      why: "unknown_report_type",
    });
  });

  it("reads folded DSN fields into one value", () => {
    expect(parseFieldBlocks("Diagnostic-Code: smtp; 550 5.1.1\n    user unknown\n\nAction: failed")).toEqual([
      new Map([["diagnostic-code", "smtp; 550 5.1.1 user unknown"]]),
      new Map([["action", "failed"]]),
    ]);
  });
});
