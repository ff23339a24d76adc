import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatLongDate } from "@/domain/calendar";
import { sanitiseWinAnsi } from "./win-ansi";

/**
 * A document the product hands out on paper: the access report (AVG art. 15) and the register of
 * processing activities (art. 30). Sections of headed entries with label/value rows, the same
 * model the HTML pages are built from, so the PDF says exactly what the page says.
 */
export type DocumentRow = { label: string; value: string };
export type DocumentEntry = { heading?: string; rows: DocumentRow[] };
export type DocumentSection = { id?: string; title: string; paragraphs: string[]; entries: DocumentEntry[] };
export interface PrintableDocument {
  language: "nl" | "en";
  title: string;
  subtitle: string;
  generatedAt: Date;
  intro: string[];
  sections: DocumentSection[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const WIDTH = A4.width - 2 * MARGIN;

/** Splits text into lines that fit `width`, breaking at spaces and, for long words, anywhere. */
export function wrapText(
  text: string,
  font: Pick<PDFFont, "widthOfTextAtSize">,
  size: number,
  width: number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A printable document as a PDF (A4, Helvetica), from the same model as its HTML page. */
export async function renderPdf(model: PrintableDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(sanitiseWinAnsi(model.title));
  pdf.setLanguage(model.language === "nl" ? "nl-NL" : "en-GB");
  pdf.setCreationDate(model.generatedAt);
  pdf.setProducer("Grondslag");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const newPage = () => {
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const write = (
    text: string,
    opts: { font?: PDFFont; size?: number; indent?: number; color?: [number, number, number]; gap?: number } = {},
  ) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    const leading = size * 1.35;
    for (const line of wrapText(sanitiseWinAnsi(text), font, size, WIDTH - indent)) {
      if (y - leading < MARGIN) newPage();
      y -= leading;
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: rgb(...(opts.color ?? [0.1, 0.1, 0.12])) });
    }
    y -= opts.gap ?? 0;
  };

  write(model.title, { font: bold, size: 18, gap: 4 });
  write(model.subtitle, { size: 11, color: [0.3, 0.3, 0.35], gap: 10 });
  for (const p of model.intro) write(p, { gap: 6 });
  for (const section of model.sections) {
    if (y < MARGIN + 80) newPage();
    y -= 10;
    write(section.title, { font: bold, size: 13, gap: 4 });
    for (const p of section.paragraphs) write(p, { gap: 4 });
    for (const entry of section.entries) {
      if (entry.heading) write(entry.heading, { font: bold, size: 10, gap: 2 });
      for (const row of entry.rows) {
        write(`${row.label}:`, { font: bold, size: 9, indent: 10, color: [0.3, 0.3, 0.35] });
        write(row.value, { size: 10, indent: 20, gap: 2 });
      }
      y -= 6;
    }
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const footer = sanitiseWinAnsi(
      `${model.title} - ${formatLongDate(model.generatedAt, model.language, true)} - ${i + 1}/${pages.length}`,
    );
    p.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: regular, color: rgb(0.45, 0.45, 0.5) });
  });
  return pdf.save();
}
