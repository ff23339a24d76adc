import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { OPT_IN_CACHE } from "./cache-names";

/** What the online screen would have sent, less the moment (kept apart) and the photo (a Blob). */
export type QueuedPayload = {
  contactId?: string;
  newContact?: Record<string, unknown>;
  purposes: { purpose: string; channels?: string[]; noticeVersion: number }[];
  method: string;
  affirmativeAct?: boolean;
  location: string;
  statement: string;
  grantor: { name: string; role: string; authority: string } | null;
  sendWrittenConfirmation?: boolean;
};

/** One opt-in waiting on the phone. Deleted the moment the server has recorded it. */
export type QueuedOptIn = {
  clientId: string;
  queuedAt: number;
  /** When it was given, on the phone's clock (ISO). */
  givenAtDevice: string;
  /** Server time minus phone time at the last sync, in ms. */
  clockOffsetMs: number;
  /** Who it is about, as the rep will recognise it in the list. */
  label: string;
  payload: QueuedPayload;
  photo: { name: string; blob: Blob } | null;
  failures: number;
  nextAttemptAt: number;
  /** The server refused it: the reason, for the rep to fix it on the phone. Not retried until edited. */
  refusal: { message: string; details: string[] } | null;
};

interface OfflineDb extends DBSchema {
  optIns: { key: string; value: QueuedOptIn };
  meta: { key: string; value: number };
}

const DB_NAME = "grondslag-offline";
let opened: Promise<IDBPDatabase<OfflineDb>> | null = null;

function db() {
  opened ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore("optIns", { keyPath: "clientId" });
      d.createObjectStore("meta");
    },
  });
  return opened;
}

export async function listQueued(): Promise<QueuedOptIn[]> {
  return (await db()).getAll("optIns");
}

export async function putQueued(item: QueuedOptIn): Promise<void> {
  await (await db()).put("optIns", item);
}

export async function removeQueued(clientId: string): Promise<void> {
  await (await db()).delete("optIns", clientId);
}

export async function getClockOffset(): Promise<number> {
  return (await (await db()).get("meta", "clockOffsetMs")) ?? 0;
}

export async function setClockOffset(ms: number): Promise<void> {
  await (await db()).put("meta", ms, "clockOffsetMs");
}

/** Signing out: every waiting opt-in, the clock offset and the cached screen and kit go. */
export async function wipeOfflineData(): Promise<void> {
  if (opened) (await opened).close();
  opened = null;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  if ("caches" in window) await caches.delete(OPT_IN_CACHE);
}

/** How many opt-ins wait on this phone (0 where IndexedDB is not available). */
export async function countQueued(): Promise<number> {
  if (typeof indexedDB === "undefined") return 0;
  return (await db()).count("optIns");
}
