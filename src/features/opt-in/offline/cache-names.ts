/**
 * Names shared by the service worker and the page. Everything the phone keeps for the opt-in screen
 * lives under these names, so signing out can remove all of it and nothing else.
 */
export const OPT_IN_CACHE = "grondslag-opt-in";
/** The card reader's engine and language data: no personal data, kept until the role changes. */
export const CARD_READER_CACHE = "grondslag-card-reader";
export const OFFLINE_KIT_PATH = "/api/opt-in/offline-kit";
export const OPT_IN_PATH = "/opt-in";
export const SERVICE_WORKER_URL = "/serwist/sw.js";
/** Sent by the server with the offline kit: its clock, for measuring how far the phone's is off. */
export const SERVER_TIME_HEADER = "x-server-time";
/** Set by the service worker on an answer it took from its cache instead of the network. */
export const FROM_CACHE_HEADER = "x-from-cache";
