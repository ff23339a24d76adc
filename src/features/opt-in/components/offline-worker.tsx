"use client";
import { useEffect } from "react";
import {
  CARD_READER_CACHE,
  OFFLINE_KIT_PATH,
  OPT_IN_CACHE,
  OPT_IN_PATH,
  SERVICE_WORKER_URL,
} from "../offline/cache-names";

/** Waits before installing again after a failed install: soon at first, then less often. */
const RETRY_DELAYS_MS = [10_000, 30_000, 60_000, 120_000];

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
    // The first install fetches every static file of the app; on a fair's flaky network one of them
    // can fail, and then the browser drops the worker. It is tried again while the page is open.
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const again = (attempt: number) => {
      if (stopped) return;
      retry = setTimeout(() => install(attempt + 1), RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]);
    };
    const install = (attempt: number) =>
      navigator.serviceWorker
        .register(SERVICE_WORKER_URL, { scope: "/", type: "module" })
        .then(async (registration) => {
          const installing = registration.installing;
          installing?.addEventListener("statechange", () => {
            if (installing.state === "redundant" && !registration.active) again(attempt);
          });
          const ready = await navigator.serviceWorker.ready;
          ready.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [OPT_IN_PATH, OFFLINE_KIT_PATH] } });
        })
        .catch(() => again(attempt));
    void install(0);
    return () => {
      stopped = true;
      clearTimeout(retry);
    };
  }, [enabled]);
  return null;
}
