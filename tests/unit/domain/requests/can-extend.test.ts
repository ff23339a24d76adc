import { describe, expect, it } from "vitest";
import { canExtend, type ExtendableRequest } from "@/domain/requests/can-extend";
import { computeDueAt } from "@/domain/requests/compute-due-at";

const RECEIVED = new Date("2026-03-05T10:00:00Z"); // original due: 2026-04-05T21:59:59.999Z
const ORIGINAL_DUE = new Date("2026-04-05T21:59:59.999Z");
const request = (over: Partial<ExtendableRequest> = {}): ExtendableRequest => ({
  receivedAt: RECEIVED,
  extensionMonths: 0,
  closedAt: null,
  ...over,
});
const REASON = "Verzoek betreft twaalf jaar aan correspondentie in drie systemen.";
const codes = (result: ReturnType<typeof canExtend>) => (result.ok ? [] : result.problems.map((p) => p.code));

describe("canExtend", () => {
  it("offers an extension of up to two months within the first month", () => {
    expect(canExtend(request(), new Date("2026-03-20T12:00:00Z"))).toEqual({
      ok: true,
      remainingMonths: 2,
      newDueAt: null,
    });
  });

  it("returns the new due date for a proposed extension", () => {
    const result = canExtend(request(), new Date("2026-03-20T12:00:00Z"), { months: 2, reason: REASON });
    expect(result).toEqual({ ok: true, remainingMonths: 2, newDueAt: computeDueAt(RECEIVED, 2) });
    expect(result.ok && result.newDueAt?.toISOString()).toBe("2026-06-05T21:59:59.999Z");
  });

  it("still allows the decision at the very last millisecond of the first month", () => {
    expect(canExtend(request(), ORIGINAL_DUE, { months: 1, reason: REASON }).ok).toBe(true);
  });

  it("refuses once the first month has passed (the subject must be told within it)", () => {
    const result = canExtend(request(), new Date(ORIGINAL_DUE.getTime() + 1), { months: 1, reason: REASON });
    expect(codes(result)).toEqual(["extension_window_closed"]);
    expect(!result.ok && result.problems[0].citation).toBe("AVG art. 12 lid 3");
  });

  it("allows a second one-month step within the first month, up to two in total", () => {
    const result = canExtend(request({ extensionMonths: 1 }), new Date("2026-03-30T12:00:00Z"), {
      months: 1,
      reason: REASON,
    });
    expect(result).toEqual({ ok: true, remainingMonths: 1, newDueAt: computeDueAt(RECEIVED, 2) });
  });

  it("refuses a second step after the first month, even though the extended deadline is still open", () => {
    const result = canExtend(request({ extensionMonths: 1 }), new Date("2026-04-20T12:00:00Z"), {
      months: 1,
      reason: REASON,
    });
    expect(codes(result)).toEqual(["extension_window_closed"]);
  });

  it("refuses more than two months in total", () => {
    expect(
      codes(
        canExtend(request({ extensionMonths: 1 }), new Date("2026-03-20T12:00:00Z"), { months: 2, reason: REASON }),
      ),
    ).toEqual(["extension_limit_reached"]);
    expect(codes(canExtend(request({ extensionMonths: 2 }), new Date("2026-03-20T12:00:00Z")))).toEqual([
      "extension_limit_reached",
    ]);
    expect(codes(canExtend(request(), new Date("2026-03-20T12:00:00Z"), { months: 3, reason: REASON }))).toEqual([
      "extension_limit_reached",
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses a proposal of %s months", (months) => {
    expect(codes(canExtend(request(), new Date("2026-03-20T12:00:00Z"), { months, reason: REASON }))).toEqual([
      "extension_months_invalid",
    ]);
  });

  it.each(["", "   ", "druk", null as unknown as string])("requires a reason (%j)", (reason) => {
    const result = canExtend(request(), new Date("2026-03-20T12:00:00Z"), { months: 1, reason });
    expect(codes(result)).toEqual(["extension_reason_missing"]);
    expect(!result.ok && result.problems[0].field).toBe("reason");
  });

  it("refuses to extend a closed request", () => {
    const result = canExtend(request({ closedAt: new Date("2026-03-10T00:00:00Z") }), new Date("2026-03-20T12:00:00Z"));
    expect(codes(result)).toEqual(["request_closed"]);
  });

  it("reports every problem at once", () => {
    const result = canExtend(
      request({ extensionMonths: 2, closedAt: ORIGINAL_DUE }),
      new Date("2026-05-01T00:00:00Z"),
      {
        months: 1,
        reason: "",
      },
    );
    expect(codes(result)).toEqual([
      "request_closed",
      "extension_window_closed",
      "extension_limit_reached",
      "extension_reason_missing",
    ]);
  });

  it("counts the first month on the Amsterdam calendar", () => {
    // Received 23:30 UTC on 31 Jan = 1 Feb in Amsterdam, so the window runs to 1 March 23:59:59.999 CET.
    const r = request({ receivedAt: new Date("2026-01-31T23:30:00Z") });
    expect(canExtend(r, new Date("2026-03-01T22:59:59.999Z")).ok).toBe(true);
    expect(canExtend(r, new Date("2026-03-01T23:00:00.000Z")).ok).toBe(false);
  });

  it("gives Dutch and English messages", () => {
    const result = canExtend(request(), new Date("2026-05-01T00:00:00Z"));
    expect(!result.ok && result.problems[0].message).toEqual({
      nl: expect.stringContaining("binnen een maand"),
      en: expect.stringContaining("within one month"),
    });
  });

  it("refuses stored extension state outside 0..2", () => {
    expect(() => canExtend(request({ extensionMonths: 3 }), new Date("2026-03-20T12:00:00Z"))).toThrow(RangeError);
  });
});
