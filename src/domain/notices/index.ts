/** Information duties towards the person (AVG art. 14): when a notice is due, and its text. */
export {
  ART14_DUE_SOON_MS,
  ART14_OBLIGATION,
  ART14_SOURCE_TYPES,
  art14MonthDeadline,
  art14NoticeDue,
  art14Status,
  needsArt14Notice,
  type Art14DeadlineReason,
  type Art14Facts,
  type Art14NoticeFact,
  type Art14Status,
} from "./art14";
export {
  DEFAULT_ART14_NOTICE,
  NOTICE_PLACEHOLDERS,
  describeSource,
  noticeTemplate,
  renderNotice,
  unknownPlaceholders,
  type NoticeLanguage,
  type NoticePlaceholder,
  type NoticeValues,
} from "./notice-text";
