import { describe, expect, it } from "vitest";
import {
  ART14_SOURCE_TYPES,
  art14MonthDeadline,
  art14NoticeDue,
  art14Status,
  needsArt14Notice,
  type Art14Facts,
} from "@/domain/notices";
import { SOURCE_TYPES } from "@/domain/vocabulary";

/** An instant written in Amsterdam local time with an explicit offset, so the calendar is clear. */
const at = (iso: string) => new Date(iso);
const facts = (over: Partial<Art14Facts> = {}): Art14Facts => ({
  sourceType: "purchased_list",
  collectedAt: at("2026-03-10T10:00:00+01:00"),
  notices: [],
  ...over,
});

describe("which contacts are owed an art. 14 notice (AVG art. 14 vs art. 13)", () => {
  it("data from a public source, a purchased or rented list or a referral: yes", () => {
    for (const s of ["public_source", "purchased_list", "referral"] as const) expect(needsArt14Notice(s)).toBe(true);
  });

  it("data the person gave us (business card, web form, event, customer, staff entry, own import): no, art. 13 applies", () => {
    for (const s of SOURCE_TYPES.filter((s) => !ART14_SOURCE_TYPES.includes(s)))
      expect(needsArt14Notice(s)).toBe(false);
    expect(art14Status(facts({ sourceType: "business_card" }), at("2026-05-01T12:00:00+02:00"))).toEqual({
      state: "not_required",
    });
  });
});

describe("the deadline: one month after collection (lid 3 sub a)", () => {
  it("ends at the end of the same calendar day a month later, in Amsterdam", () => {
    expect(art14MonthDeadline(at("2026-03-10T10:00:00+01:00"))).toEqual(at("2026-04-10T23:59:59.999+02:00"));
  });

  it("31 January runs to the end of February (the last day of a shorter month)", () => {
    expect(art14MonthDeadline(at("2026-01-31T09:00:00+01:00"))).toEqual(at("2026-02-28T23:59:59.999+01:00"));
    expect(art14MonthDeadline(at("2028-01-31T09:00:00+01:00"))).toEqual(at("2028-02-29T23:59:59.999+01:00"));
  });

  it("counts from the Amsterdam calendar day, not the UTC one (00:30 on 1 February is February)", () => {
    expect(art14MonthDeadline(at("2026-01-31T23:30:00Z"))).toEqual(at("2026-03-01T23:59:59.999+01:00"));
  });

  it("is due, then due soon (last seven days), then overdue", () => {
    const f = facts();
    expect(art14Status(f, at("2026-03-20T12:00:00+01:00"))).toMatchObject({
      state: "due",
      deadlineReason: "one_month",
      overdue: false,
      dueSoon: false,
    });
    expect(art14Status(f, at("2026-04-05T12:00:00+02:00"))).toMatchObject({ state: "due", dueSoon: true });
    expect(art14Status(f, at("2026-04-10T23:59:59.999+02:00"))).toMatchObject({ overdue: false, dueSoon: true });
    expect(art14Status(f, at("2026-04-11T00:00:00+02:00"))).toMatchObject({ overdue: true, dueSoon: false });
  });
});

describe("at the latest with the first communication (lid 3 sub b)", () => {
  it("a call or mail without the notice before the month is out makes it overdue from that moment", () => {
    const f = facts({ firstCommunicationAt: at("2026-03-15T11:00:00+01:00") });
    expect(art14Status(f, at("2026-03-16T09:00:00+01:00"))).toEqual({
      state: "due",
      deadline: at("2026-03-15T11:00:00+01:00"),
      deadlineReason: "first_communication",
      overdue: true,
      dueSoon: false,
    });
  });

  it("a communication after the moment asked about had not happened yet", () => {
    const f = facts({ firstCommunicationAt: at("2026-03-15T11:00:00+01:00") });
    expect(art14Status(f, at("2026-03-14T09:00:00+01:00"))).toMatchObject({
      deadlineReason: "one_month",
      overdue: false,
    });
  });

  it("a communication after the month changes nothing: the month came first", () => {
    const f = facts({ firstCommunicationAt: at("2026-05-01T11:00:00+02:00") });
    expect(art14Status(f, at("2026-05-02T09:00:00+02:00"))).toMatchObject({
      deadlineReason: "one_month",
      overdue: true,
    });
  });
});

describe("a notice given", () => {
  it("fulfils the duty from the moment it was given; in time or late", () => {
    const inTime = facts({ notices: [{ id: "n1", givenAt: at("2026-03-20T10:00:00+01:00") }] });
    expect(art14Status(inTime, at("2026-03-19T10:00:00+01:00"))).toMatchObject({ state: "due" });
    expect(art14Status(inTime, at("2026-06-01T10:00:00+02:00"))).toEqual({
      state: "given",
      noticeId: "n1",
      givenAt: at("2026-03-20T10:00:00+01:00"),
      deadline: at("2026-04-10T23:59:59.999+02:00"),
      deadlineReason: "one_month",
      late: false,
    });
    const late = facts({ notices: [{ id: "n2", givenAt: at("2026-04-20T10:00:00+02:00") }] });
    expect(art14Status(late, at("2026-06-01T10:00:00+02:00"))).toMatchObject({ state: "given", late: true });
  });

  it("given with the first communication itself is in time; given after a communication without it is late", () => {
    const sent = at("2026-03-15T11:00:00+01:00");
    const withIt = facts({ firstCommunicationAt: sent, notices: [{ id: "n1", givenAt: sent }] });
    expect(art14Status(withIt, at("2026-06-01T10:00:00+02:00"))).toMatchObject({ state: "given", late: false });
    const after = facts({
      firstCommunicationAt: sent,
      notices: [{ id: "n1", givenAt: at("2026-03-16T11:00:00+01:00") }],
    });
    expect(art14Status(after, at("2026-06-01T10:00:00+02:00"))).toMatchObject({
      state: "given",
      deadlineReason: "first_communication",
      late: true,
    });
  });

  it("the earliest notice counts", () => {
    const f = facts({
      notices: [
        { id: "later", givenAt: at("2026-05-01T10:00:00+02:00") },
        { id: "first", givenAt: at("2026-03-12T10:00:00+01:00") },
      ],
    });
    expect(art14Status(f, at("2026-06-01T10:00:00+02:00"))).toMatchObject({ noticeId: "first" });
  });
});

describe("the engine's quick question: still due at this moment?", () => {
  it("due for an art. 14 source until a notice is given, never for the person's own data", () => {
    const base = { sourceType: "referral" as const, collectedAt: at("2026-03-10T10:00:00+01:00") };
    expect(art14NoticeDue({ ...base, notices: [] }, at("2026-05-01T10:00:00+02:00"))).toBe(true);
    const notices = [{ id: "n", givenAt: at("2026-04-01T10:00:00+02:00") }];
    expect(art14NoticeDue({ ...base, notices }, at("2026-03-31T10:00:00+02:00"))).toBe(true);
    expect(art14NoticeDue({ ...base, notices }, at("2026-04-01T10:00:00+02:00"))).toBe(false);
    expect(art14NoticeDue({ ...base, sourceType: "web_form", notices: [] }, at("2026-05-01T10:00:00+02:00"))).toBe(
      false,
    );
  });

  it("nothing is owed for a moment before we had the data", () => {
    expect(
      art14NoticeDue(
        { sourceType: "public_source", collectedAt: at("2026-03-10T10:00:00+01:00") },
        at("2026-03-01T10:00:00+01:00"),
      ),
    ).toBe(false);
  });
});
