import { describe, expect, it } from "vitest";
import { addressOf, escapeHtml, markAsTest, textToHtml, withUnsubscribeFooter } from "@/server/mail/compose";

describe("mail composition", () => {
  it("escapes the five characters that end HTML content or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("escapes the marketer's text in the HTML twin", () => {
    expect(textToHtml('a <b> & "c"\nline\n\nnext')).toBe("<p>a &lt;b&gt; &amp; &quot;c&quot;<br>line</p>\n<p>next</p>");
  });

  it("adds a bilingual one-click footer with the link to both parts", () => {
    const body = withUnsubscribeFooter({ text: "Hallo" }, "https://x.test/u/abc");
    expect(body.text).toMatch(/Hallo[\s\S]*Afmelden[\s\S]*Unsubscribe[\s\S]*https:\/\/x\.test\/u\/abc/);
    expect(body.html).toContain('<a href="https://x.test/u/abc">');
  });

  it("links to the preference page below the unsubscribe link when given", () => {
    const body = withUnsubscribeFooter({ text: "Hallo" }, "https://x.test/u/abc", "https://x.test/p/def");
    expect(body.text).toMatch(/u\/abc[\s\S]*All your choices[\s\S]*https:\/\/x\.test\/p\/def/);
    expect(body.html).toContain('<a href="https://x.test/p/def">');
    expect(withUnsubscribeFooter({ text: "Hallo" }, "https://x.test/u/abc").text).not.toContain("/p/");
  });

  it("marks a test message as TEST at the top", () => {
    expect(markAsTest({ text: "Body" }).text.startsWith("TEST")).toBe(true);
  });

  it("takes the address out of a From header", () => {
    expect(addressOf("Grondslag <no-reply@example.nl>")).toBe("no-reply@example.nl");
    expect(addressOf("a@b.nl")).toBe("a@b.nl");
  });
});
