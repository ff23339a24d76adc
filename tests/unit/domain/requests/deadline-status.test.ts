import { describe, expect, it } from "vitest";
import { deadlineStatus } from "@/domain/requests/deadline-status";

const DUE = new Date("2026-04-05T21:59:59.999Z");
const before = (ms: number) => new Date(DUE.getTime() - ms);
const DAY = 24 * 60 * 60 * 1000;

describe("deadlineStatus", () => {
  it("is open more than seven days before the deadline", () => {
    expect(deadlineStatus(DUE, before(7 * DAY + 1))).toBe("open");
    expect(deadlineStatus(DUE, before(20 * DAY))).toBe("open");
  });

  it("is due this week from seven days before up to the deadline itself", () => {
    expect(deadlineStatus(DUE, before(7 * DAY))).toBe("due_this_week");
    expect(deadlineStatus(DUE, before(DAY))).toBe("due_this_week");
    expect(deadlineStatus(DUE, DUE)).toBe("due_this_week");
  });

  it("is overdue one millisecond after the deadline", () => {
    expect(deadlineStatus(DUE, new Date(DUE.getTime() + 1))).toBe("overdue");
    expect(deadlineStatus(DUE, new Date("2026-06-01T00:00:00Z"))).toBe("overdue");
  });
});
