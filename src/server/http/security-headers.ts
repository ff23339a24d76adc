/**
 * The browser-side defences of every page, in one place (applied by src/proxy.ts):
 * - Content-Security-Policy with a fresh nonce per response: only scripts carrying the nonce run
 *   (Next.js puts it on its own inline scripts), so injected markup cannot run script (XSS);
 *   'strict-dynamic' lets those scripts load the app's chunks. Styles may be inline (Next and
 *   Tailwind use them; style injection cannot run code).
 * - frame-ancestors 'none' (and X-Frame-Options DENY for old browsers): no page can be framed
 *   (clickjacking), except the embeddable sign-up forms under /f/, which other sites frame.
 * - HSTS when served over https: the browser never tries plain http again for a year.
 * - Referrer-Policy: links in unsubscribe pages carry tokens; other sites never see our URLs.
 * - Permissions-Policy: the camera only for this origin (scanning a business card), nothing else.
 * - Workers from our own origin only: the offline opt-in screen's service worker, and the
 *   business-card reader's OCR worker (worker-src: 'strict-dynamic' makes script-src ignore 'self',
 *   which would block both). The OCR worker's own files, under OCR_WORKER_PREFIX, get a policy of
 *   their own.
 */
export const EMBEDDABLE_PREFIX = "/f/";
/** Where the OCR worker, its WebAssembly engine and its language data are served (src/features/opt-in/ocr-assets.ts). */
export const OCR_WORKER_PREFIX = "/opt-in/ocr/";

/**
 * A dedicated worker is governed by the policy sent with its own script. The OCR worker loads the
 * engine with importScripts from our origin (no nonce can apply there) and compiles WebAssembly,
 * which needs 'wasm-unsafe-eval' (it allows compiling WebAssembly, not JavaScript eval). It
 * fetches the language data from our origin and nothing else.
 */
const OCR_WORKER_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(opts: {
  nonce: string;
  https: boolean;
  pathname: string;
  development: boolean;
}): Record<string, string> {
  const embeddable = opts.pathname.startsWith(EMBEDDABLE_PREFIX);
  const pageCsp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.development ? " ws:" : ""}`,
    // The opt-in screen's service worker and the card reader's OCR worker. Named outright: with
    // 'strict-dynamic', script-src would ignore 'self', and a worker script carries no nonce.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const csp = opts.pathname.startsWith(OCR_WORKER_PREFIX) ? OCR_WORKER_CSP : pageCsp;
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "X-Content-Type-Options": "nosniff",
    ...(embeddable ? {} : { "X-Frame-Options": "DENY" }),
    ...(opts.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
