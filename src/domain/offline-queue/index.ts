/**
 * The pure rules of the phone's offline queue of opt-ins: how far the phone's clock is off, when the
 * person really gave consent, in which order waiting items are sent and when a failed upload is
 * tried again. No browser, no database: the queue on the phone and the sync on the server both
 * use these.
 */

/**
 * Server time minus device time, from one request: the server stamped its time somewhere between
 * sending and receiving, so the device's clock is compared with the middle of the round trip.
 */
export function measureClockOffset(deviceSentAt: number, deviceReceivedAt: number, serverTime: number): number {
  const middle = deviceSentAt + (deviceReceivedAt - deviceSentAt) / 2;
  return Math.round(serverTime - middle);
}

/** The moment on the server's clock that a moment on the device's clock stands for. */
export function correctedMoment(deviceTime: Date, clockOffsetMs: number): Date {
  return new Date(deviceTime.getTime() + clockOffsetMs);
}

export type QueuedItemTiming = { clientId: string; givenAtDevice: string; queuedAt: number };

/**
 * Waiting items go up in the order the opt-ins were given (oldest first), so the contact and
 * consents appear in the order they happened; equal moments go in the order they were queued, and
 * then by id, so the order never depends on how the store happened to return them.
 */
export function syncOrder<T extends QueuedItemTiming>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Date.parse(a.givenAtDevice) - Date.parse(b.givenAtDevice) ||
      a.queuedAt - b.queuedAt ||
      (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );
}

export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 5 * 60_000;

/**
 * How long to wait before the next attempt after `failures` failed ones in a row: doubling from two
 * seconds up to five minutes, with up to a quarter taken off at random (`random` in [0, 1)) so that
 * many phones coming back online in one hall do not all retry in the same second.
 */
export function retryDelay(failures: number, random: number): number {
  if (failures <= 0) return 0;
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20));
  const jitter = Math.min(Math.max(random, 0), 0.999_999) * 0.25;
  return Math.round(base * (1 - jitter));
}
