"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { measureClockOffset, retryDelay, syncOrder, MAX_RETRY_MS } from "@/domain/offline-queue";
import { syncOfflineOptInAction } from "../actions/sync-offline-opt-in";
import type { OfflineKit } from "../services/get-offline-kit";
import { FROM_CACHE_HEADER, OFFLINE_KIT_PATH, SERVER_TIME_HEADER } from "./cache-names";
import { getClockOffset, listQueued, putQueued, removeQueued, setClockOffset, type QueuedOptIn } from "./queue-store";

type SyncOutcome = { clientId: string; label: string; replayed: boolean };

/**
 * The phone's queue of opt-ins logged without network: lists what is waiting, and sends it by
 * itself when the network returns (the `online` event) and on a timer that backs off after each
 * failed attempt. An item leaves the phone the moment the server has recorded it; a refused item
 * stays, with its reason, until the rep edits or discards it.
 */
export function useOfflineQueue() {
  const [items, setItems] = useState<QueuedOptIn[]>([]);
  const [kit, setKit] = useState<OfflineKit | null>(null);
  const [synced, setSynced] = useState<SyncOutcome[]>([]);
  const running = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(async () => setItems(syncOrder(await listQueued())), []);

  /** Fetches the offline kit (through the service worker) and, from the network, the clock offset. */
  const loadKit = useCallback(async () => {
    const sentAt = Date.now();
    const response = await fetch(OFFLINE_KIT_PATH, { credentials: "same-origin" });
    const receivedAt = Date.now();
    if (!response.ok) return false;
    setKit((await response.json()) as OfflineKit);
    const serverTime = Number(response.headers.get(SERVER_TIME_HEADER));
    const fresh = !response.headers.has(FROM_CACHE_HEADER);
    if (fresh && Number.isFinite(serverTime) && serverTime > 0)
      await setClockOffset(measureClockOffset(sentAt, receivedAt, serverTime));
    return fresh;
  }, []);

  const syncNow = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    if (timer.current) clearTimeout(timer.current);
    try {
      await loadKit().catch(() => false);
      const due = syncOrder(await listQueued()).filter((i) => !i.refusal);
      for (const item of due) {
        if (item.nextAttemptAt > Date.now()) continue;
        let result: Awaited<ReturnType<typeof syncOfflineOptInAction>>;
        try {
          result = await syncOfflineOptInAction({
            ...(item.payload as Parameters<typeof syncOfflineOptInAction>[0]),
            clientId: item.clientId,
            givenAtDevice: item.givenAtDevice,
            clockOffsetMs: item.clockOffsetMs,
            photos: item.photo ? [{ name: item.photo.name, file: item.photo.blob }] : [],
          });
        } catch {
          // No network (or the server is unreachable): try again later, further apart each time.
          const failures = item.failures + 1;
          await putQueued({ ...item, failures, nextAttemptAt: Date.now() + retryDelay(failures, Math.random()) });
          break;
        }
        if (result?.serverError?.code === "UNAUTHENTICATED") {
          // The session ended (expired, signed out elsewhere, or ended by an administrator): the
          // opt-in is not refused, it waits until the rep has signed in again.
          const failures = item.failures + 1;
          await putQueued({ ...item, failures, nextAttemptAt: Date.now() + retryDelay(failures, Math.random()) });
          break;
        }
        if (result?.data) {
          await removeQueued(item.clientId);
          setSynced((s) => [...s, { clientId: item.clientId, label: item.label, replayed: result.data!.replayed }]);
        } else if (result?.serverError && result.serverError.code !== "INTERNAL") {
          // Message keys where the server gave them, so the panel shows them in the rep's language.
          const details = (result.serverError.fields ?? []).map((f) => f.key ?? f.message);
          const message = result.serverError.key ?? result.serverError.message;
          await putQueued({ ...item, refusal: { message, details } });
        } else if (result?.validationErrors) {
          await putQueued({ ...item, refusal: { message: "", details: validationMessages(result.validationErrors) } });
        } else {
          const failures = item.failures + 1;
          await putQueued({ ...item, failures, nextAttemptAt: Date.now() + retryDelay(failures, Math.random()) });
        }
      }
    } finally {
      running.current = false;
      const waiting = (await listQueued()).filter((i) => !i.refusal);
      setItems(syncOrder(await listQueued()));
      if (waiting.length > 0) {
        const next = Math.min(...waiting.map((i) => i.nextAttemptAt)) - Date.now();
        timer.current = setTimeout(() => void syncNow(), Math.min(Math.max(next, 1_000), MAX_RETRY_MS));
      }
    }
  }, [loadKit]);

  useEffect(() => {
    void refresh().then(() => syncNow());
    const online = () => {
      // Back online: everything is due now, whatever the back-off said.
      void listQueued()
        .then((all) => Promise.all(all.map((i) => putQueued({ ...i, nextAttemptAt: 0 }))))
        .then(() => syncNow());
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [refresh, syncNow]);

  /** Puts an opt-in on the queue, stamped with the clock offset measured at the last sync. */
  const enqueue = useCallback(
    async (item: Omit<QueuedOptIn, "clockOffsetMs" | "queuedAt" | "failures" | "nextAttemptAt" | "refusal">) => {
      await putQueued({
        ...item,
        clockOffsetMs: await getClockOffset(),
        queuedAt: Date.now(),
        failures: 0,
        nextAttemptAt: 0,
        refusal: null,
      });
      await refresh();
    },
    [refresh],
  );

  const discard = useCallback(
    async (clientId: string) => {
      await removeQueued(clientId);
      await refresh();
    },
    [refresh],
  );

  return { items, kit, synced, enqueue, discard, syncNow };
}

/** The messages of a zod validation result (next-safe-action's nested `_errors`), each once. */
function validationMessages(node: unknown, out = new Set<string>()): string[] {
  if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === "_errors" && Array.isArray(value)) value.forEach((m) => out.add(String(m)));
      else validationMessages(value, out);
    }
  return [...out];
}
