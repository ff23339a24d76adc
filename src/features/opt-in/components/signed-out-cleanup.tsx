"use client";
import { useEffect } from "react";
import { OPT_IN_CACHE } from "../offline/cache-names";

/**
 * On the sign-in page nobody is signed in on this device, so the kept opt-in screen and offline
 * kit (which lists the rep's recent contacts) go. Signing out removes them too, but a copy the
 * service worker was still fetching at that moment can land just after; without a session the
 * worker keeps nothing new (a redirect to sign-in is never cached), so removing it here is final.
 * Opt-ins waiting on the phone (IndexedDB) are not touched: a lapsed session must not lose them.
 */
export function SignedOutCleanup() {
  useEffect(() => {
    if ("caches" in window) void caches.delete(OPT_IN_CACHE);
  }, []);
  return null;
}
