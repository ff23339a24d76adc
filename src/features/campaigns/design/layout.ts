/**
 * A designed campaign mail: the author's Markdown set in the organisation's layout (logo, colour,
 * a footer with who sends it and their postal address) by MJML, which writes the table markup and
 * media queries that make it readable in every mail client and on a phone.
 *
 * The layout, not the author, adds the parts the law requires: who the sender is (Tw art. 15e,
 * BW art. 3:15d) and, for a commercial message, the unsubscribe link and the link to all of the
 * person's choices (Tw art. 11.7 lid 4, AVG art. 21 lid 3). The author only writes the body; there
 * is nothing they can leave out. The mail gate checks again that the links are in both parts.
 *
 * Compiling (MJML) is done once per campaign; each recipient's copy is the compiled mail with
 * their fields and personal links filled into slots, so sending stays fast.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import mjml2html from "mjml";
import { convert } from "html-to-text";
import { escapeHtml } from "@/server/mail/compose";
import { markdownToHtml } from "./markdown";
import { fillFields, type PersonalisationValues } from "./personalise";

export type MailLayout = {
  organisationName: string;
  /** The sender's postal address, shown in every footer. */
  postalAddress: string;
  /** Absolute URL of the logo served by this product, or null for the name in text. */
  logoUrl: string | null;
  /** #rrggbb */
  accentColor: string;
};

export type CampaignMailSource = { subject: string; markdown: string; commercial: boolean; withNotice: boolean };

export type CompiledMail = { html: string; text: string; slot: (name: SlotName) => string };
type SlotName = "unsubscribe" | "preferences" | "notice";

export type FilledLinks = { unsubscribeUrl: string | null; preferencesUrl: string | null; notice?: string };

const FOOTER = {
  why: {
    nl: "U ontvangt dit bericht omdat u daarvoor toestemming gaf of klant bij ons bent.",
    en: "You receive this message because you agreed to it or are our customer.",
  },
  unsubscribe: "Afmelden / Unsubscribe",
  preferences: "Al uw keuzes / All your choices",
};

/** Relative luminance (WCAG 2.x) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black, whichever reads on the accent colour (WCAG contrast of at least 4.5:1 where possible). */
export function textColourOn(accent: string): "#ffffff" | "#111827" {
  const l = luminance(accent);
  return (1.05 / (l + 0.05) >= 4.5 ? "#ffffff" : "#111827") as "#ffffff" | "#111827";
}

/** A short preview line for the inbox: the first words of the body, without markup. Its
 *  placeholders stay, to be filled per recipient like the body's. */
function previewLine(bodyText: string): string {
  const line = bodyText.replace(/\s+/g, " ").trim();
  if (line.length <= 120) return line;
  // Never cut a placeholder in half.
  const cut = line.slice(0, 120);
  const open = cut.lastIndexOf("{{");
  return open > cut.lastIndexOf("}}") ? cut.slice(0, open).trimEnd() : cut;
}

export async function compileCampaignMail(source: CampaignMailSource, layout: MailLayout): Promise<CompiledMail> {
  const nonce = randomBytes(6).toString("hex");
  const slot = (name: SlotName) => `[[gs-${nonce}-${name}]]`;
  const bodyHtml = markdownToHtml(source.markdown);
  const bodyText = convert(bodyHtml, {
    wordwrap: 78,
    selectors: [
      { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
      // Headings keep their case: shouting is not emphasis, and placeholders must stay as written.
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    ],
  });
  const accent = layout.accentColor;
  const onAccent = textColourOn(accent);
  const org = escapeHtml(layout.organisationName || "");
  const identity = [layout.organisationName, layout.postalAddress].filter(Boolean).map(escapeHtml).join(" · ");
  const header = layout.logoUrl
    ? `<mj-image src="${escapeHtml(layout.logoUrl)}" alt="${org}" width="160px" align="left" padding="0" />`
    : `<mj-text color="${onAccent}" font-size="20px" font-weight="bold" padding="0">${org}</mj-text>`;
  const links = source.commercial
    ? `<br />${escapeHtml(FOOTER.why.nl)}<br />${escapeHtml(FOOTER.why.en)}<br />` +
      `<a href="${slot("unsubscribe")}">${escapeHtml(FOOTER.unsubscribe)}</a> · ` +
      `<a href="${slot("preferences")}">${escapeHtml(FOOTER.preferences)}</a>`
    : "";
  const notice = source.withNotice
    ? `<mj-section background-color="#ffffff" padding="16px 24px 0"><mj-column border="1px solid #cbd5e1" border-radius="4px">
        <mj-text font-size="14px" color="#334155">${slot("notice")}</mj-text></mj-column></mj-section>`
    : "";
  const doc = `<mjml lang="nl">
  <mj-head>
    <mj-title>${escapeHtml(source.subject)}</mj-title>
    <mj-preview>${escapeHtml(previewLine(bodyText))}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="#1f2937" />
    </mj-attributes>
    <mj-style>
      a { color: ${accent}; text-decoration: underline; }
      .gs-footer a { color: #374151; }
      h1, h2, h3 { line-height: 1.25; margin: 16px 0 8px; }
      img { max-width: 100%; }
    </mj-style>
  </mj-head>
  <mj-body background-color="#f3f4f6" width="600px">
    <mj-section background-color="${accent}" padding="16px 24px">
      <mj-column>${header}</mj-column>
    </mj-section>
    ${notice}
    <mj-section background-color="#ffffff" padding="8px 24px 24px">
      <mj-column><mj-text>${bodyHtml}</mj-text></mj-column>
    </mj-section>
    <mj-section padding="16px 24px">
      <mj-column><mj-text css-class="gs-footer" font-size="13px" color="#4b5563">${identity}${links}</mj-text></mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const out = await mjml2html(doc, { validationLevel: "strict", keepComments: false });
  const footerText = [
    "--",
    [layout.organisationName, layout.postalAddress].filter(Boolean).join(" · "),
    ...(source.commercial
      ? [
          FOOTER.why.nl,
          FOOTER.why.en,
          `${FOOTER.unsubscribe}: ${slot("unsubscribe")}`,
          `${FOOTER.preferences}: ${slot("preferences")}`,
        ]
      : []),
  ]
    .filter(Boolean)
    .join("\n");
  const text = `${source.withNotice ? `${slot("notice")}\n\n--\n\n` : ""}${bodyText}\n\n${footerText}\n`;
  return { html: out.html, text, slot };
}

/** One recipient's copy: their fields, their personal links and any notice owed to them. */
export function fillCampaignMail(
  compiled: CompiledMail,
  values: PersonalisationValues,
  links: FilledLinks,
): { html: string; text: string } {
  const noticeHtml = links.notice
    ? links.notice
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
        .join("")
    : "";
  const put = (s: string, mode: "html" | "text") => {
    const esc = mode === "html" ? escapeHtml : (v: string) => v;
    // Fields first: a slot's value (a URL, the notice) never passes through the field filling.
    return fillFields(s, values, mode)
      .split(compiled.slot("unsubscribe"))
      .join(esc(links.unsubscribeUrl ?? ""))
      .split(compiled.slot("preferences"))
      .join(esc(links.preferencesUrl ?? ""))
      .split(compiled.slot("notice"))
      .join(mode === "html" ? noticeHtml : (links.notice ?? ""));
  };
  return { html: put(compiled.html, "html"), text: put(compiled.text, "text") };
}
