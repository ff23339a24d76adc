/**
 * The open pixel of a designed mail. Placing it reads information from the recipient's device
 * (ePrivacy art. 5 lid 3, Tw art. 11.7a): only with that person's consent, decided by the caller.
 * A plain-text mail has no place for it, and the text part of a designed mail never carries it.
 */
import { escapeHtml } from "@/server/mail/compose";

export type OpenTracking = "off" | "no_consent" | "on";

/** Whether this recipient's mail carries the pixel, and if not, why not. */
export function trackingFor(opts: { enabled: boolean; designed: boolean; consentGiven: boolean }): OpenTracking {
  if (!opts.enabled || !opts.designed) return "off";
  return opts.consentGiven ? "on" : "no_consent";
}

/** Adds the 1x1 image just before the end of the body (or at the end, when there is none). */
export function addOpenPixel(html: string, url: string): string {
  const img = `<img src="${escapeHtml(url)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />`;
  const end = html.lastIndexOf("</body>");
  return end === -1 ? `${html}${img}` : `${html.slice(0, end)}${img}${html.slice(end)}`;
}
