"use client";
import { useEffect } from "react";
import {
  CARD_READER_CACHE,
  OFFLINE_KIT_PATH,
  OPT_IN_CACHE,
  OPT_IN_PATH,
  SERVICE_WORKER_URL,
} from "../offline/cache-names";

/**
 * Registers the service worker for users who log opt-ins, and asks it to keep the opt-in screen
 * and its offline kit at once, so they open at the next fair even if the rep never visited the
 * screen online since. For everyone else, a worker left from an earlier role is removed with what
 * it kept: nothing is kept on the device for roles that do not log opt-ins.
 */
export function OfflineWorker({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (!enabled) {
      void navigator.serviceWorker
        .getRegistrations()
        .then((all) => Promise.all(all.map((r) => r.unregister())))
        .then(async () => {
          if ("caches" in window) await Promise.all([caches.delete(OPT_IN_CACHE), caches.delete(CARD_READER_CACHE)]);
        });
      return;
    }
    void navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: "/", type: "module" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) =>
        registration.active?.postMessage({
          type: "CACHE_URLS",
          payload: { urlsToCache: [OPT_IN_PATH, OFFLINE_KIT_PATH] },
        }),
      )
      .catch(() => undefined);
  }, [enabled]);
  return null;
}
