import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWorker, OEM } from "tesseract.js";
import type { OcrLine } from "@/domain/business-cards";
import { OCR_ASSETS, OCR_LANGUAGES } from "@/features/opt-in/ocr-assets";
import { REPO_ROOT } from "./paths";

/** The committed business-card photo the OCR test, the card-reader journey and the bench read. */
export const FIXTURE_CARD = path.join(REPO_ROOT, "tests/fixtures/business-cards/jansen-installatie.png");

/**
 * Reads a card image in Node with what the browser reader uses: tesseract.js, the LSTM engine and
 * the same Dutch and English language data from the npm packages (the files the app serves).
 * tesseract.js takes one folder for all languages, so the files are linked into a temporary one.
 * Nothing is cached to disk. Returns the lines, and the time to load and to read, in ms.
 */
export async function readCardInNode(
  image: string | Buffer,
): Promise<{ lines: OcrLine[]; loadMs: number; readMs: number }> {
  const langDir = await mkdtemp(path.join(tmpdir(), "card-ocr-"));
  try {
    for (const lang of OCR_LANGUAGES) {
      const asset = OCR_ASSETS[`${lang}.traineddata.gz`];
      await symlink(
        path.join(REPO_ROOT, "node_modules", asset.packageDir, asset.file),
        path.join(langDir, `${lang}.traineddata.gz`),
      );
    }
    const t0 = performance.now();
    const worker = await createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
      langPath: langDir,
      cacheMethod: "none",
      gzip: true,
    });
    const t1 = performance.now();
    try {
      const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
      const lines = (data.blocks ?? []).flatMap((b) =>
        b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text.trim(), confidence: l.confidence }))),
      );
      return { lines, loadMs: t1 - t0, readMs: performance.now() - t1 };
    } finally {
      await worker.terminate();
    }
  } finally {
    await rm(langDir, { recursive: true, force: true });
  }
}
