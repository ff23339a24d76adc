/**
 * Message bodies: plain text as written by the marketer, an HTML twin with the text escaped, and
 * the footer every commercial message carries (Tw art. 11.7 lid 3 sub c / lid 4: every message
 * offers a free, easy way to object). Bilingual: we do not know which language a contact reads.
 */
export type Body = { text: string; html: string };

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

export function withUnsubscribeFooter(
  body: { text: string; html?: string },
  url: string,
  preferencesUrl?: string,
): Body {
  const html = body.html ?? textToHtml(body.text);
  const nl =
    "U ontvangt dit bericht omdat u daarvoor toestemming gaf of klant bij ons bent. Afmelden kan met één klik:";
  const en = "You receive this message because you agreed to it or are our customer. Unsubscribe with one click:";
  // AVG art. 7 lid 3 / art. 21: every choice, not only this mailing's, as easy to change as to make.
  const prefs = "Al uw keuzes / All your choices:";
  const prefsText = preferencesUrl ? `${prefs}\n${preferencesUrl}\n` : "";
  const prefsHtml = preferencesUrl
    ? `<br>${escapeHtml(prefs)}<br><a href="${escapeHtml(preferencesUrl)}">${escapeHtml(preferencesUrl)}</a>`
    : "";
  return {
    text: `${body.text}\n\n--\n${nl}\n${en}\n${url}\n${prefsText}`,
    html: `${html}\n<hr>\n<p style="font-size:12px;color:#555">${escapeHtml(nl)}<br>${escapeHtml(en)}<br><a href="${escapeHtml(url)}">${escapeHtml(url)}</a>${prefsHtml}</p>`,
  };
}

/**
 * Information the law requires with the message (AVG art. 14: who we are, where we got the data,
 * the right to object), set apart above the message itself, in both parts: a notice nobody sees
 * is not given (art. 12 lid 1: concise, transparent, easily accessible).
 */
export function withNotice(body: { text: string; html?: string }, notice: string): Body {
  const html = body.html ?? textToHtml(body.text);
  return {
    text: `${notice}\n\n--\n\n${body.text}`,
    html: `<div role="note" style="border:1px solid #cbd5e1;border-radius:4px;padding:8px 12px;margin-bottom:16px;font-size:13px;color:#334155">${textToHtml(notice)}</div>\n${html}`,
  };
}

export function markAsTest(body: { text: string; html?: string }): Body {
  const banner =
    "TEST — dit is een testbericht aan uzelf, niet verstuurd aan contacten. / TEST — a test message to yourself, not sent to any contact.";
  const html = body.html ?? textToHtml(body.text);
  const bannerHtml = `<p style="background:#fde68a;padding:8px"><strong>${escapeHtml(banner)}</strong></p>`;
  // A designed mail is a whole document (its footer already shows where the links go): the
  // banner goes at the top of its body.
  const bodyTag = /<body[^>]*>/i.exec(html);
  if (bodyTag)
    return {
      text: `${banner}\n\n${body.text}`,
      html: html.replace(bodyTag[0], `${bodyTag[0]}${bannerHtml}`),
    };
  return {
    text: `${banner}\n\n${body.text}\n\n--\n[Afmeldlink / unsubscribe link]\n`,
    html: `<p style="background:#fde68a;padding:8px"><strong>${escapeHtml(banner)}</strong></p>\n${html}\n<hr>\n<p style="font-size:12px;color:#555">[Afmeldlink / unsubscribe link]</p>`,
  };
}

/** The address part of "Name <addr@host>" or a bare address. */
export function addressOf(from: string): string {
  const m = /<([^>]+)>/.exec(from);
  return (m ? m[1] : from).trim();
}
