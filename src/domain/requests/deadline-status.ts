export type DeadlineStatus = "overdue" | "due_this_week" | "open";

export const DUE_SOON_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Where a request stands against its deadline, for the privacy officer's list: overdue once the
 * due instant has passed (AVG art. 12 lid 3 has been missed), due this week within the last
 * seven days (7 x 24 hours) before it, open otherwise.
 */
export function deadlineStatus(dueAt: Date, now: Date): DeadlineStatus {
  const remaining = dueAt.getTime() - now.getTime();
  if (remaining < 0) return "overdue";
  return remaining <= DUE_SOON_WINDOW_MS ? "due_this_week" : "open";
}
