/**
 * The marketer's Markdown to the HTML of the message body. What the author writes is content, not
 * markup: raw HTML in the source is shown as text (never passed through, so nobody can hide a
 * tracking pixel, a form or a script in a campaign), images become a link with their description
 * (the only image a mail carries is the organisation's logo, served by us: no third party learns
 * who opened it), and only http(s) and mailto links are kept.
 */
import { Marked, type Tokens } from "marked";
import { escapeHtml } from "@/server/mail/compose";

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link(this: { parser: { parseInline: (t: Tokens.Generic[]) => string } }, { href, title, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      if (!SAFE_HREF.test(href.trim())) return label;
      const t = title ? ` title="${escapeHtml(title)}"` : "";
      return `<a href="${escapeHtml(href.trim())}"${t}>${label}</a>`;
    },
    image({ href, text }: Tokens.Image) {
      const label = escapeHtml(text || href);
      return SAFE_HREF.test(href.trim()) ? `<a href="${escapeHtml(href.trim())}">${label}</a>` : label;
    },
  },
});

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}
