/**
 * Canonical form of an e-mail address, or null when it is not one we can send to.
 *
 * Lowercased as a whole. RFC 5321 lets a receiving server treat the local part case-sensitively,
 * but no mainstream one does, and matching matters more here: the same person typed as
 * Jan@Bedrijf.nl and jan@bedrijf.nl must be one contact point and one suppression-list entry
 * (AVG art. 17: an erased person must not come back through a re-import with other casing).
 * Plus-tags and dots are kept: they may be different mailboxes, and merging them could attach
 * one person's consent to another.
 *
 * Deliberately narrower than RFC 5322: no quoted local parts, no IP-literal domains, no
 * non-ASCII local parts (SMTPUTF8). B2B addresses do not use them and they are a common way to
 * smuggle odd input into mail headers. Internationalised domain names are converted to their
 * ASCII (punycode) form with the WHATWG URL parser, which is available in Node and browsers.
 */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

export function normaliseEmail(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  let value = raw.trim();
  if (/^mailto:/i.test(value)) value = value.slice("mailto:".length).trim();
  value = value.toLowerCase();

  const at = value.lastIndexOf("@");
  if (at <= 0 || at !== value.indexOf("@")) return null;
  const local = value.slice(0, at);
  const domain = toAsciiDomain(value.slice(at + 1));
  if (domain === null) return null;

  if (local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return null;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  if (!TOP_LEVEL.test(labels[labels.length - 1])) return null;

  const email = `${local}@${domain}`;
  return email.length <= MAX_EMAIL_LENGTH ? email : null;
}

function toAsciiDomain(domain: string): string | null {
  if (domain === "") return null;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain)) return domain;
  if (/[\s/?#@:[\]\\%]/.test(domain)) return null;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
}

/** The part before the @ of an address (normalised first), or null when it is no address. */
export function emailLocalPart(raw: string): string | null {
  const email = normaliseEmail(raw);
  return email === null ? null : email.slice(0, email.indexOf("@"));
}
