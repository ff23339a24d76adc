/**
 * The public entry of purposes: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { DPV_PURPOSES, ZCreatePurposeInput } from "./schemas";
export { findPurposes } from "./services/find-purposes";
export {
  currentNoticeTextsJsonSql,
  findActivePurposes,
  findAllPurposes,
  getPurposeById,
  getPurposeByKey,
  purposeByKeyJsonSql,
  purposeOrNotFound,
  purposesJsonSql,
  resolvePurposeByKey,
} from "./services/load-purpose";
export type { LoadedPurpose, PurposeWithNotices } from "./services/load-purpose";
