/**
 * The service worker of the opt-in screen, bundled by Serwist (src/app/serwist/[path]/route.ts).
 * It keeps exactly four things on the phone:
 * - the build's static files (scripts, styles, fonts, icons), precached at install;
 * - the opt-in screen itself, network first, so it opens without network;
 * - the offline kit (purposes with their notice texts and versions, the rep's recent contacts);
 * - the business-card reader's engine and language data, once read with network, so a card can be
 *   read in a hall without it (its URLs carry the engine's version, so a kept copy is never stale).
 * Nothing else is cached: other pages hold other people's data and are never kept on the phone.
 * The page registers the worker only for roles that log opt-ins.
 */
import { CacheFirst, NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import { OCR_BASE_PATH } from "../ocr-assets";
import { CARD_READER_CACHE, FROM_CACHE_HEADER, OFFLINE_KIT_PATH, OPT_IN_CACHE, OPT_IN_PATH } from "./cache-names";

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** Only a real answer is kept: not an error, and not the sign-in page a lapsed session is sent to. */
const onlyGoodAnswers: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
};

/** Marks an answer from the cache, so the page does not take its old server time for the clock's. */
const markFromCache: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(FROM_CACHE_HEADER, "1");
    return new Response(cachedResponse.body, { status: cachedResponse.status, headers });
  },
};

const networkFirst = () =>
  new NetworkFirst({ cacheName: OPT_IN_CACHE, networkTimeoutSeconds: 4, plugins: [onlyGoodAnswers, markFromCache] });

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        // The page itself (a navigation, or the page's own request to keep it), not its RSC updates.
        sameOrigin && request.method === "GET" && url.pathname === OPT_IN_PATH && !request.headers.has("RSC"),
      handler: networkFirst(),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === "GET" && url.pathname === OFFLINE_KIT_PATH,
      handler: networkFirst(),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === "GET" && url.pathname.startsWith(`${OCR_BASE_PATH}/`),
      handler: new CacheFirst({ cacheName: CARD_READER_CACHE, plugins: [onlyGoodAnswers] }),
    },
  ],
});

serwist.addEventListeners();
