import { describe, expect, it } from "vitest";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { isWinAnsi, sanitiseWinAnsi } from "@/server/documents/win-ansi";
import { renderPdf, wrapText, type PrintableDocument } from "@/server/documents/render-pdf";

describe("sanitiseWinAnsi", () => {
  it("keeps Dutch, German and French text and Windows-1252 typography as is", () => {
    const text = "Coöperatie Zuid – “Café” Müller € 5… ‘ß’ ÿ";
    expect(sanitiseWinAnsi(text)).toBe(text);
  });

  it("strips accents that WinAnsi lacks and maps look-alikes", () => {
    expect(sanitiseWinAnsi("Łukasz Wójcik, Đorđe, Dvořák, Ővári")).toBe("Lukasz Wójcik, Dorde, Dvorák, Ovári");
    expect(sanitiseWinAnsi("06\u2011123\u00a0456\u202f7")).toBe("06-123\u00a0456 7");
  });

  it("replaces what has no WinAnsi form, drops invisible characters and keeps line breaks", () => {
    expect(sanitiseWinAnsi("Иван 😀 李\u200b!\r\nnext\tline")).toBe("???? ? ?!\nnext    line");
    for (const c of sanitiseWinAnsi("Иван 😀 李 Ł ő ✓").replace(/\n/g, "")) expect(isWinAnsi(c)).toBe(true);
  });
});

describe("PDF rendering", () => {
  it("wraps long lines and long words within the width", async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrapText(`${"woord ".repeat(40)}\n${"x".repeat(300)}`, font, 10, 200);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(200);
  });

  it("renders a multi-page report with text no standard font can encode", async () => {
    const model: PrintableDocument = {
      language: "en",
      title: "Overview of your personal data",
      subtitle: "For Łukasz 😀 Иван",
      generatedAt: new Date("2026-07-10T12:00:00Z"),
      intro: ["Intro"],
      sections: Array.from({ length: 30 }, (_, i) => ({
        id: `s${i}`,
        title: `Section ${i}`,
        paragraphs: ["Paragraph ✓ with a check mark"],
        entries: [{ heading: "Entry", rows: [{ label: "Label", value: "Value line one\nline two 李" }] }],
      })),
    };
    const bytes = await renderPdf(model);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(2);
    expect(doc.getTitle()).toBe("Overview of your personal data");
  });
});
