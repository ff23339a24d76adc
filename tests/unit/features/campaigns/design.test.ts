/**
 * A designed campaign mail: Markdown in the organisation's layout, with a plain-text twin, the
 * personalisation fields escaped, and the footer the law asks for that the author cannot remove.
 */
import { describe, expect, it } from "vitest";
import {
  compileCampaignMail,
  fillCampaignMail,
  textColourOn,
  type MailLayout,
} from "@/features/campaigns/design/layout";
import { markdownToHtml } from "@/features/campaigns/design/markdown";
import { fillFields, unknownFields } from "@/features/campaigns/design/personalise";
import { ZCreateCampaignInput } from "@/features/campaigns/schemas";

const layout: MailLayout = {
  organisationName: "Acme & Zonen BV",
  postalAddress: "Keizersgracht 1, 1015 CJ Amsterdam",
  logoUrl: null,
  accentColor: "#1d4ed8",
};
const links = { unsubscribeUrl: "https://app.example/u/TOKEN-U", preferencesUrl: "https://app.example/p/TOKEN-P" };

async function render(markdown: string, opts: { commercial?: boolean; values?: Record<string, string | null> } = {}) {
  const compiled = await compileCampaignMail(
    { subject: "Offer", markdown, commercial: opts.commercial ?? true, withNotice: false },
    layout,
  );
  return fillCampaignMail(
    compiled,
    opts.values ?? {},
    opts.commercial === false ? { unsubscribeUrl: null, preferencesUrl: null } : links,
  );
}

describe("rendering", () => {
  it("gives responsive, accessible HTML and a plain-text alternative of the same message", async () => {
    const { html, text } = await render(
      "# Spring offer\n\nSee **our** [shop](https://shop.example.nl).\n\n- one\n- two",
    );
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<html[^>]*lang="nl"/);
    expect(html).toContain("<title>Offer</title>");
    expect(html).toMatch(/@media only screen and \(min-width:480px\)/);
    expect(html).toContain("<h1>Spring offer</h1>");
    expect(html).toContain('<a href="https://shop.example.nl">shop</a>');
    expect(text).toContain("Spring offer");
    expect(text).toContain("shop [https://shop.example.nl]");
    expect(text).toMatch(/\* one\n\s*\* two/);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("shows the sender's identity and postal address in both parts", async () => {
    const { html, text } = await render("Hi", { commercial: false });
    expect(html).toContain("Acme &amp; Zonen BV · Keizersgracht 1, 1015 CJ Amsterdam");
    expect(text).toContain("Acme & Zonen BV · Keizersgracht 1, 1015 CJ Amsterdam");
  });

  it("loads nothing from elsewhere: no third-party image, font or stylesheet, no tracking pixel", async () => {
    const { html } = await render(
      '![pixel](https://tracker.example/p.gif)\n\n<img src="https://tracker.example/q.gif">',
    );
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('<a href="https://tracker.example/p.gif">pixel</a>');
  });

  it("shows the organisation's logo, served by the product, with its name as alternative text", async () => {
    const compiled = await compileCampaignMail(
      { subject: "S", markdown: "Hi", commercial: true, withNotice: false },
      { ...layout, logoUrl: "https://app.example/brand/mail-logo?v=1" },
    );
    const images = [...compiled.html.matchAll(/<img[^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(1);
    expect(images[0]).toContain('src="https://app.example/brand/mail-logo?v=1"');
    expect(images[0]).toContain('alt="Acme &amp; Zonen BV"');
  });

  it("does not pass raw HTML or script links through", () => {
    const html = markdownToHtml('<script>alert(1)</script>\n\n<b onclick="x()">b</b> [x](javascript:alert(1))');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b ");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("javascript:");
  });

  it("picks header text that reads on the accent colour", () => {
    expect(textColourOn("#1d4ed8")).toBe("#ffffff");
    expect(textColourOn("#fde68a")).toBe("#111827");
  });
});

describe("personalisation", () => {
  it("fills fields, uses the fallback when a field is empty, and escapes values in the HTML", async () => {
    const md = "Dear {{firstName|there}} {{lastName}} of {{ company | your company }}";
    const hostile = await render(md, {
      values: { firstName: '<img src=x onerror="alert(1)">', lastName: "O'Brien & Co", company: null },
    });
    expect(hostile.html).toContain(
      "Dear &lt;img src=x onerror=&quot;alert(1)&quot;&gt; O&#39;Brien &amp; Co of your company",
    );
    expect(hostile.html).not.toContain("<img src=x");
    expect(hostile.text).toContain(`Dear <img src=x onerror="alert(1)"> O'Brien & Co of your company`);
    const empty = await render(md, { values: { firstName: "  ", lastName: null, company: null } });
    expect(empty.text).toContain("Dear there  of your company");
  });

  it("keeps the author's fallback as written (escaped once, not twice)", async () => {
    const { html, text } = await render("Hi {{firstName|Tom & Jerry}}", { values: {} });
    expect(html).toContain("Hi Tom &amp; Jerry");
    expect(text).toContain("Hi Tom & Jerry");
  });

  it("fills the subject as text", () => {
    expect(fillFields("Hi {{firstName|there}}", { firstName: "<Ann>" }, "text")).toBe("Hi <Ann>");
  });

  it("refuses fields the product does not know", () => {
    expect(unknownFields("Hi {{firstname}} {{firstName}} {{iban|x}}")).toEqual(["firstname", "iban"]);
    const parsed = ZCreateCampaignInput.safeParse({
      name: "n",
      purposeId: "0190a6c4-5e6b-7c8d-9e0f-a1b2c3d4e5f6",
      commercial: true,
      subject: "Hi {{voornaam}}",
      body: "Body",
      format: "markdown",
    });
    expect(parsed.success).toBe(false);
  });
});

describe("the mandatory unsubscribe elements", () => {
  it("are in both parts of every commercial mail, from the layout", async () => {
    const { html, text } = await render("Just an offer.");
    expect(html).toContain(`href="${links.unsubscribeUrl}"`);
    expect(html).toContain(`href="${links.preferencesUrl}"`);
    expect(text).toContain(links.unsubscribeUrl);
    expect(text).toContain(links.preferencesUrl);
    expect(html).toContain("Afmelden / Unsubscribe");
  });

  it("cannot be removed or faked by the author: the body is only content, the links come from the gate", async () => {
    // An author who writes their own "footer", hides it, or imitates the slot gets none of it as markup.
    const md = '<div style="display:none">[[gs-x-unsubscribe]]</div>\n\n<!-- footer -->\n\n[Unsubscribe](#)';
    const { html, text } = await render(md);
    expect(html).not.toContain('<div style="display:none">');
    expect(html).not.toContain("<!-- footer -->");
    expect(html).toContain(`href="${links.unsubscribeUrl}"`);
    expect(text).toContain(links.unsubscribeUrl);
    // The link the author wrote to "#" is dropped as a link (only http(s)/mailto are kept).
    expect(html).not.toContain('href="#"');
  });

  it("are not added to a non-commercial (service) mail", async () => {
    const { html, text } = await render("Your invoice", { commercial: false });
    expect(html).not.toContain("Afmelden / Unsubscribe");
    expect(text).not.toContain("Afmelden / Unsubscribe");
  });
});

describe("the inbox preview line", () => {
  it("is the body's first words, personalised like the body", async () => {
    const compiled = await compileCampaignMail(
      { subject: "S", markdown: "Dear {{firstName|reader}}, news.", commercial: false, withNotice: false },
      layout,
    );
    const { html } = fillCampaignMail(compiled, { firstName: "Ann" }, { unsubscribeUrl: null, preferencesUrl: null });
    const preview = /<div style="display:none[^>]*>([^<]*)/.exec(html)?.[1] ?? "";
    expect(preview).toContain("Dear Ann, news.");
  });
});
