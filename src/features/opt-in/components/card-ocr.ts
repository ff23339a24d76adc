import type { Worker as TesseractWorker } from "tesseract.js";
import type { OcrLine } from "@/domain/business-cards";
import { OCR_BASE_PATH, OCR_DATA_VARIANT, OCR_LANGUAGES } from "../ocr-assets";

export type OcrProgress = { stage: "loading" | "reading"; progress: number };

/**
 * Business-card OCR in the browser: tesseract.js in a dedicated web worker, its engine and the
 * Dutch and English language data from our own origin (see ../ocr-assets.ts). Nothing is sent
 * anywhere: the photo is read inside the worker, on the phone. The library is imported only when
 * the rep first asks for a card to be read, and the worker is kept for the next card.
 */
export class CardOcr {
  private worker: Promise<TesseractWorker> | null = null;
  private listener: (p: OcrProgress) => void = () => {};

  private start(): Promise<TesseractWorker> {
    this.worker ??= import("tesseract.js")
      .then(({ createWorker, OEM }) =>
        createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
          workerPath: `${OCR_BASE_PATH}/worker.min.js`,
          // A folder: the worker picks the engine build the browser supports.
          corePath: OCR_BASE_PATH,
          langPath: OCR_BASE_PATH,
          gzip: true,
          // Started from its own URL, not a blob: URL, so the page's CSP needs no blob: workers.
          workerBlobURL: false,
          // The language data is kept in IndexedDB under a key that names its variant.
          cachePath: `grondslag-ocr-${OCR_DATA_VARIANT}`,
          logger: (m: { status: string; progress: number }) =>
            this.listener({ stage: m.status === "recognizing text" ? "reading" : "loading", progress: m.progress }),
        }),
      )
      .catch((error: unknown) => {
        this.worker = null; // a later tap tries again (the connection may be back)
        throw error;
      });
    return this.worker;
  }

  /** Loads the engine and language data ahead of the photo, while the camera is open. */
  warmUp(): void {
    this.start().catch(() => {});
  }

  /** The card's text, line by line from the top, each with Tesseract's confidence (0-100). */
  async read(photo: Blob, onProgress: (p: OcrProgress) => void): Promise<OcrLine[]> {
    this.listener = onProgress;
    onProgress({ stage: "loading", progress: 0 });
    const [worker, image] = await Promise.all([this.start(), fitForOcr(photo)]);
    const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
    return (data.blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        paragraph.lines.map((line) => ({ text: line.text.trim(), confidence: line.confidence })),
      ),
    );
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }
}

/** A phone camera takes 12 megapixels and more; a card reads as well, and much faster, at 2000 px. */
const MAX_SIDE = 2000;

/** The photo upright (as the camera's orientation tag says) and no larger than MAX_SIDE. */
async function fitForOcr(photo: Blob): Promise<Blob> {
  if (typeof createImageBitmap !== "function") return photo;
  const bitmap = await createImageBitmap(photo, { imageOrientation: "from-image" });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? photo), "image/png"));
}
