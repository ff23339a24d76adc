/** Clocks of phones at a fair and of the server differ a little; more than this is an error. */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;
