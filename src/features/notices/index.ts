/**
 * The public entry of notices (AVG art. 14: telling people whose data we did not get from them):
 * what other features may use. Everything else in this folder is private to it.
 */
export { composeArt14Notices, publicPreferencesUrl, type ComposedNotice } from "./services/compose-notice";
export { insertMailingNotices, insertNotice, type NoticeToInsert } from "./services/insert-notice";
export { countNoticesDue } from "./services/find-notices-due";
