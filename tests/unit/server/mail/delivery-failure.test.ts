import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { classifyDeliveryFailure } from "@/server/mail/delivery-failure";

const smtp = (responseCode: number, response: string) =>
  Object.assign(new Error(`Message failed: ${response}`), { responseCode, response });
const socket = (syscall: string, code: string) => Object.assign(new Error(`${syscall} ${code}`), { syscall, code });

describe("classifyDeliveryFailure", () => {
  it.each([
    [smtp(451, "451 4.7.1 Greylisted, try again"), "temporary"],
    [smtp(452, "452 4.2.2 Mailbox full"), "temporary"],
    [socket("connect", "ECONNREFUSED"), "temporary"],
    [socket("getaddrinfo", "ENOTFOUND"), "temporary"],
    [smtp(550, "550 5.1.1 No such user"), "permanent"],
    [smtp(554, "554 5.7.1 Rejected as spam"), "permanent"],
    [new AppError("FORBIDDEN", "The send gate refused this message."), "permanent"],
    [Object.assign(new Error("Connection closed unexpectedly"), { code: "ECONNECTION" }), "unknown"],
    [socket("read", "ECONNRESET"), "unknown"],
    ["not even an error", "unknown"],
  ])("%s is %s", (error, kind) => {
    expect(classifyDeliveryFailure(error).kind).toBe(kind);
  });

  it("keeps the server's own words, clipped to a readable length", () => {
    const failure = classifyDeliveryFailure(smtp(550, `550 5.1.1 ${"x".repeat(2000)}`));
    expect(failure.reason).toContain("Refused by the mail server: 550 5.1.1");
    expect(failure.reason.length).toBeLessThanOrEqual(500);
  });

  it("says why a broken connection is not retried", () => {
    expect(classifyDeliveryFailure(socket("read", "ECONNRESET")).reason).toMatch(/may have arrived.*not sent again/);
  });
});
