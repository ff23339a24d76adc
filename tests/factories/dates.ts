/** Moments relative to now, for facts that happened some days ago. */
export const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
