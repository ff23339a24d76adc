/**
 * The public entry of segments: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { readSegmentFilter, ZSegmentFilter } from "./schemas";
export type { TSegmentFilter } from "./schemas";
export { getSegment, segmentChoices } from "./services/find-segments";
