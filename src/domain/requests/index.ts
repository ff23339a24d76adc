export { computeDueAt, DEFAULT_REQUEST_TIME_ZONE, type ExtensionMonths } from "./compute-due-at";
export {
  canExtend,
  MAX_EXTENSION_MONTHS,
  MIN_EXTENSION_REASON_LENGTH,
  type ExtendableRequest,
  type ExtensionProposal,
  type ExtensionCheck,
  type ExtensionProblem,
  type ExtensionProblemCode,
} from "./can-extend";
export { deadlineStatus, DUE_SOON_WINDOW_MS, type DeadlineStatus } from "./deadline-status";
export {
  addCalendarMonths,
  daysInMonth,
  fromWallTime,
  toWallTime,
  type CalendarDate,
  type WallTime,
} from "./zoned-time";
export { requestReference } from "./reference";
