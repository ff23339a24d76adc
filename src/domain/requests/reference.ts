/**
 * The reference a person quotes when they ask about their request ("R-3F9A-C21B"). Taken from the
 * random tail of the request's id (the head of a time-ordered id is its creation time, so two
 * requests of the same minute would share it); short enough to read over the phone.
 */
export function requestReference(id: string): string {
  const hex = id.replace(/-/g, "").slice(-8).toUpperCase();
  return `R-${hex.slice(0, 4)}-${hex.slice(4)}`;
}
