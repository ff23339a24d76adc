import { env } from "../env";
import { tokenSigner } from "../tokens/token-signer";

/**
 * What a person typed into a public form (posted without JavaScript), carried back to the page
 * when the server refuses the submission, so the page can show the form filled in again with the
 * error. A short-lived cookie, only on the form's own path, signed so the page shows only what our
 * own route put there. The caller leaves out anything secret (render stamps, honeypots); the values
 * are the person's own and travel only between their browser and us.
 */
const LABEL = "form-flash";
const TTL_SECONDS = 120;
// A browser keeps cookies up to about 4 kB; a larger flash is not set (the form then starts empty).
const MAX_COOKIE_BYTES = 3800;

export type FlashValues = Record<string, string | string[]>;

/** The Set-Cookie header carrying the values back to the page at `path`, or null if too large. */
export function flashCookie(name: string, values: FlashValues, path: string, now?: Date): string | null {
  const token = tokenSigner().sign(LABEL, { n: name, v: JSON.stringify(values) }, { ttlSeconds: TTL_SECONDS, now });
  const cookie = `${name}=${token}; Path=${path}; Max-Age=${TTL_SECONDS}; HttpOnly; SameSite=Lax${secure()}`;
  return cookie.length > MAX_COOKIE_BYTES ? null : cookie;
}

/** The values carried by the cookie `name`, or null when there are none, they expired or were not ours. */
export function readFlash(name: string, value: string | undefined, now?: Date): FlashValues | null {
  if (!value) return null;
  const v = tokenSigner().verify<{ n: string; v: string }>(LABEL, value, { now });
  if (!v.ok || v.token.claims.n !== name || typeof v.token.claims.v !== "string") return null;
  try {
    const parsed = JSON.parse(v.token.claims.v) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    const out: FlashValues = {};
    for (const [k, x] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof x === "string") out[k] = x;
      else if (Array.isArray(x) && x.every((i) => typeof i === "string")) out[k] = x as string[];
    }
    return out;
  } catch {
    return null;
  }
}

/** The header that removes the cookie (a successful submission leaves nothing behind). */
export function clearFlashCookie(name: string, path: string): string {
  return `${name}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax${secure()}`;
}

// Secure where the installation is served over HTTPS; a plain-HTTP test or intranet set-up keeps it.
function secure(): string {
  return /^https:/i.test(env.APP_URL) ? "; Secure" : "";
}
